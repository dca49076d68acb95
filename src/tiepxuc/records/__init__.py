"""Records: YAML files read safely into pydantic models, with the position of every value."""
