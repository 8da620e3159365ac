"""One router per resource; api.py mounts them under /api/v1/."""
