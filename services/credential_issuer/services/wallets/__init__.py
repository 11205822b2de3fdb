"""What learners and their wallets use: sign-in by an emailed one-time code, the learner's sessions,
the mail that carries the codes."""
