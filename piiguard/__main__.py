"""`python -m piiguard ...`: the `piiguard` command line."""

import sys

from piiguard.cli import main

sys.exit(main())
