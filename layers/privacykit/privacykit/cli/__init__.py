"""Command-line tools installed by the project (``privacy-audit``, ``privacy-scan``)."""
