"""The issuer's page for people: verify a credential (paste, upload, link or QR code) and read what it
says and why it can be trusted."""
