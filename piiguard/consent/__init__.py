"""Consent records, stores (memory, Redis), the audit log and the rights API.

Import from the modules: `piiguard.consent.records`, `.memory`, `.redis`,
`.audit`, `.rights`, `.api`. Nothing is imported here, so importing the
package costs nothing and pulls in neither Redis nor Starlette.
"""
