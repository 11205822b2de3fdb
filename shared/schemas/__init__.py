"""Wire schemas shared by the services and their clients, one module per area."""
