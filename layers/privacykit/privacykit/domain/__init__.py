"""Domain logic: plain Python, no boto3, no Lambda events."""
