"""Domain events: written to an outbox in the same transaction as the change, relayed to the durable
topic exchange `core.events`, consumed with acks after handling and de-duplicated by event id."""
