"""The web frontend: GOV.UK Design System pages and the REST API, composing the gRPC backends."""
