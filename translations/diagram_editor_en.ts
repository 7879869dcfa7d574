<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContentLanguageActions</name>
    <message numerus="yes">
        <location filename="../editor/app/content_language_actions.py" line="+67"/>
        <source>%n label(s) too long: see the Languages panel.</source>
        <translation>
            <numerusform>%n label too long: see the Languages panel.</numerusform>
            <numerusform>%n labels too long: see the Languages panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IconPickerDock</name>
    <message numerus="yes">
        <location filename="../editor/app/icon_picker.py" line="+204"/>
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
        <location filename="../editor/app/main_window.py" line="+86"/>
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
        <location filename="../editor/app/properties_dock.py" line="+231"/>
        <source>%n elements selected</source>
        <translation>
            <numerusform>%n element selected</numerusform>
            <numerusform>%n elements selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message numerus="yes">
        <location filename="../editor/app/translate_dialog.py" line="+275"/>
        <source>%n language(s) chosen</source>
        <translation>
            <numerusform>%n language chosen</numerusform>
            <numerusform>%n languages chosen</numerusform>
        </translation>
    </message>
</context>
</TS>
