"""Pages for people: the layout, the English/French messages, language choice, formatting and the
static assets every service's HTML pages share (no JavaScript needed, nothing loaded from elsewhere)."""
