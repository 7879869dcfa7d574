<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>IconPickerDock</name>
    <message numerus="yes">
        <location filename="../editor/app/icon_picker.py" line="+183"/>
        <source>%n icons</source>
        <translation>
            <numerusform>%n icon</numerusform>
            <numerusform>%n icons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../editor/app/main_window.py" line="+158"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message numerus="yes">
        <location filename="../editor/app/properties_dock.py" line="+187"/>
        <source>%n elements selected</source>
        <translation>
            <numerusform>%n element selected</numerusform>
            <numerusform>%n elements selected</numerusform>
        </translation>
    </message>
</context>
</TS>
