"""Servicers: proto <-> domain, nothing else."""
