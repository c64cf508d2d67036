"""Development helpers shared by tests/ and benchmarks/ (a local site server, Chromium, Lighthouse); not shipped."""
