"""`python -m piiguard.proxy proxy --upstream URL` / `python -m piiguard.proxy serve --demo`."""

import sys

from piiguard.proxy.cli import main

sys.exit(main())
