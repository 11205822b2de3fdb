"""The 1EdTech Open Badges 3.0 API: service discovery, dynamic client registration, OAuth 2.0
authorization code grant with PKCE, and the learner's credentials and profile (docs/wallets-ob3.md)."""
