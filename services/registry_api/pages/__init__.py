"""The registry's pages for people: each OMC version, the catalogue search, each institution."""
