"""The local cloud: moto server, resources from template.yaml, a local token issuer, the HTTP API,
queue workers, schedules and upload triggers, all driven by the same template that is deployed."""
