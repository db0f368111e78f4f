"""The fake's handlers, one module per area of the API; ``_app`` says which serves which operation."""
