# Sourced by the packaging scripts: the one place that names the application for the desktop.
# The id is the reverse-DNS name shared by the .desktop file, the AppStream metainfo and the icons.
APP_ID=org.diagrameditor.DiagramEditor
APP_MIME_TYPE=application/x-diagram-editor+json
APP_ICON_SIZES="16 22 24 32 48 64 128 256 512"
