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
    <name>DocumentFiles</name>
    <message numerus="yes">
        <location filename="../editor/app/document_files.py" line="+197"/>
        <source>This file has %n page(s). Which one should open?</source>
        <translation>
            <numerusform>This file has %n page. Which one should open?</numerusform>
            <numerusform>This file has %n pages. Which one should open?</numerusform>
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
        <location filename="../editor/app/main_window.py" line="+87"/>
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
        <location filename="../editor/app/properties_dock.py" line="+259"/>
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
<context>
    <name>TranslationMemoryDialog</name>
    <message numerus="yes">
        <location filename="../editor/app/memory_dialog.py" line="+109"/>
        <source>%n entries in all</source>
        <translation>
            <numerusform>%n entry in all</numerusform>
            <numerusform>%n entries in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Imported %n entries from %1.</source>
        <translation>
            <numerusform>Imported %n entry from %1.</numerusform>
            <numerusform>Imported %n entries from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n entries from the translation memory? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n entry from the translation memory? This cannot be undone.</numerusform>
            <numerusform>Delete %n entries from the translation memory? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>Deleted %n entry.</numerusform>
            <numerusform>Deleted %n entries.</numerusform>
        </translation>
    </message>
</context>
</TS>
