"""Typed HTTP clients for calls between services. Each validates responses into shared schemas and
turns problem+json answers into :class:`shared.clients.base.ServiceCallError`."""
