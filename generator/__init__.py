"""Katalog Inovasi: turns YAML innovation records into a static replication catalogue."""
