"""The monthly batch to the district and the district's feedback."""
