"""Small repository classes over boto3: the only code that talks to AWS."""
