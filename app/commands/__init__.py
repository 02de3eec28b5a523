"""Handlers of the `claimdesk` command line, one module per feature.

Each handler takes the parsed arguments and an `Output`, calls core use cases,
and returns the exit status. Expected failures raise ClaimdeskError (exit 2).
"""
