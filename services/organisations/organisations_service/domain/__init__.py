"""Pure rules about organisations and who may see what."""
