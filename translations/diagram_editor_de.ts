<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="+255"/>
        <source>Technical infographics that live in many languages: boxes and arrows on a hand-drawn canvas, every label translatable, exported as PNG or SVG.</source>
        <translation>Technische Infografiken in vielen Sprachen: Kästen und Pfeile auf einer handgezeichneten Zeichenfläche, jede Beschriftung übersetzbar, exportiert als PNG oder SVG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Icons from qtawesome; handwriting font Caveat (SIL Open Font License).</source>
        <translation>Symbole aus qtawesome; Handschrift Caveat (SIL Open Font License).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../editor/actions/file_edit_actions.py" line="+10"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New from Te&amp;mplate…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export PNG or SVG…</source>
        <translation>Als PNG oder SVG &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select &amp;All</source>
        <translation>Alle&amp;s auswählen</translation>
    </message>
    <message>
        <location filename="../editor/actions/view_arrange_actions.py" line="+19"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fit to Content</source>
        <translation>An &amp;Inhalt anpassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actual Size (&amp;100%)</source>
        <translation>Originalgröße (&amp;100 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;Grid</source>
        <translation>&amp;Raster anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Snap to Grid and Elements</source>
        <translation>An Raster und Elementen &amp;einrasten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Whiteboard Theme</source>
        <translation>&amp;Whiteboard-Design</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clean Theme</source>
        <translation>&amp;Schlichtes Design</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Centre</source>
        <translation>Horizontal &amp;zentrieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Middle</source>
        <translation>Vertikal zen&amp;trieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute &amp;Vertically</source>
        <translation>V&amp;ertikal verteilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring to &amp;Front</source>
        <translation>In den &amp;Vordergrund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send to Bac&amp;k</source>
        <translation>In den Hinter&amp;grund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Auto Layout</source>
        <translation>&amp;Automatisches Layout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lay the selection, or the whole diagram, out in layers</source>
        <translation>Die Auswahl oder das ganze Diagramm in Ebenen anordnen</translation>
    </message>
    <message>
        <location filename="../editor/actions/language_help_actions.py" line="+10"/>
        <source>&amp;Translate Diagram…</source>
        <translation>Diagramm &amp;übersetzen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translate every label into other languages, as one undo step</source>
        <translation>Jede Beschriftung in andere Sprachen übersetzen, als ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages &amp;Panel</source>
        <translation>Bereich &amp;Sprachen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing, stale and too long translations, per language</source>
        <translation>Fehlende, veraltete und zu lange Übersetzungen, je Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit Text: &amp;Shrink</source>
        <translation>Text anpassen: &amp;Verkleinern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shrink text that does not fit: the selected elements, or the whole diagram when none is selected</source>
        <translation>Text verkleinern, der nicht passt: in den ausgewählten Elementen oder, wenn nichts ausgewählt ist, im ganzen Diagramm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fit Text: &amp;Grow Boxes</source>
        <translation>Text anpassen: Kästen ver&amp;größern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grow boxes until their text fits: the selected ones, or the whole diagram when none is selected</source>
        <translation>Kästen vergrößern, bis ihr Text passt: die ausgewählten oder, wenn nichts ausgewählt ist, alle im Diagramm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Diagram Editor</source>
        <translation>Ü&amp;ber Diagram Editor</translation>
    </message>
    <message>
        <location filename="../editor/actions/specs.py" line="+121"/>
        <source>&amp;File</source>
        <extracomment>Menu title (translatable, context &quot;Actions&quot;) -&gt; action ids, submenus and ``None`` separators.</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Insert</source>
        <extracomment>The shortcuts the table spells out, e.g. Duplicate&apos;s &quot;Ctrl+D&quot;. Keys of Sun and multimedia keyboards that Qt adds to standard keys (F14 is Undo, F20 Cut...): they stay bound, but a list for people shows only keys a common keyboard has. A submenu the app fills at run time (recent files, content languages). The canvas menu&apos;s Insert submenu: the Insert menu&apos;s entries under its title. Runs of entries that stand both in the menu bar and in the canvas&apos;s right-click menu. The canvas tools (Insert menu and the tools bar): a press on the canvas makes what they say.</extracomment>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Arrange</source>
        <translation>A&amp;nordnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../editor/actions/insert_actions.py" line="+30"/>
        <source>&amp;Box</source>
        <translation>&amp;Kasten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a box in the middle of the view and edit its name</source>
        <translation>Einen Kasten in der Mitte der Ansicht hinzufügen und seinen Namen bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Heading</source>
        <translation>Übers&amp;chrift</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Caption Text</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;allout</source>
        <translation>&amp;Hinweisblase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Frame</source>
        <translation>&amp;Rahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a titled frame behind everything, to group elements</source>
        <translation>Einen Rahmen mit Titel hinter allem hinzufügen, um Elemente zu gruppieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit Text</source>
        <extracomment>Edit menu: text and legend entries of the selected element.</extracomment>
        <translation>Text &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Legend E&amp;ntry</source>
        <translation>Legendeneintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an entry below the clicked one (or at the end) and edit it</source>
        <translation>Einen Eintrag unter dem angeklickten (oder am Ende) hinzufügen und bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve Legend Entry</source>
        <translation>Legendeneintrag ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the clicked entry (or the last one)</source>
        <translation>Den angeklickten Eintrag (oder den letzten) entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Straight Arrows</source>
        <extracomment>Arrange menu: how the selected arrows run.</extracomment>
        <translation>Gera&amp;de Pfeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Orthogonal Arrows</source>
        <translation>Re&amp;chtwinklige Pfeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;urved Arrows</source>
        <translation>Ge&amp;bogene Pfeile</translation>
    </message>
    <message>
        <location filename="../editor/app/action_builder.py" line="+106"/>
        <source>%1 failed: %2</source>
        <extracomment>Where ``canvas_only`` shortcuts listen (the window itself when there is no canvas).</extracomment>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../editor/actions/tool_actions.py" line="+38"/>
        <source>&amp;Select Tool</source>
        <translation>&amp;Auswahlwerkzeug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select, move and resize elements</source>
        <translation>Elemente auswählen, verschieben und in der Größe ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bo&amp;x Tool</source>
        <translation>Kasten&amp;werkzeug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a box</source>
        <translation>Auf die Zeichenfläche klicken oder ziehen, um einen Kasten hinzuzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elli&amp;pse Tool</source>
        <translation>&amp;Ellipsenwerkzeug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add an ellipse</source>
        <translation>Auf die Zeichenfläche klicken oder ziehen, um eine Ellipse hinzuzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Diamond Tool</source>
        <translation>Ra&amp;utenwerkzeug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a diamond</source>
        <translation>Auf die Zeichenfläche klicken oder ziehen, um eine Raute hinzuzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;rrow Tool</source>
        <translation>&amp;Pfeilwerkzeug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag from a box or the canvas to another: ends on a box bind to it, others stay free</source>
        <translation>Von einem Kasten oder der Zeichenfläche zu einem anderen ziehen: Enden auf einem Kasten binden sich an ihn, andere bleiben frei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ext Tool</source>
        <translation>Te&amp;xtwerkzeug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click on the canvas to add a text</source>
        <translation>Auf die Zeichenfläche klicken, um einen Text hinzuzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fra&amp;me Tool</source>
        <translation>Rah&amp;menwerkzeug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a frame</source>
        <translation>Auf die Zeichenfläche klicken oder ziehen, um einen Rahmen hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../editor/actions/group_style_actions.py" line="+24"/>
        <source>&amp;Group</source>
        <translation>Gru&amp;ppieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the selection one group that moves, copies and deletes as one</source>
        <translation>Die Auswahl zu einer Gruppe machen, die sich als Ganzes verschieben, kopieren und löschen lässt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U&amp;ngroup</source>
        <translation>Gruppierung au&amp;fheben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&amp;ock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked elements cannot be moved, resized, edited or deleted</source>
        <translation>Gesperrte Elemente lassen sich weder verschieben noch in der Größe ändern, bearbeiten oder löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y Style</source>
        <translation>Stil k&amp;opieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste &amp;Style</source>
        <translation>S&amp;til einfügen</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../editor/app/property_editors.py" line="+186"/>
        <source>Theme default</source>
        <translation>Design-Standard</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location line="-144"/>
        <location line="+13"/>
        <source>Theme</source>
        <extracomment>What a mixed selection shows and what &quot;follow the theme&quot; shows (set by retranslate()).</extracomment>
        <translation>Design</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+39"/>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>A colour as #rrggbb; empty follows the theme</source>
        <translation>Eine Farbe als #rrggbb; leer folgt dem Design</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../editor/commands/base.py" line="+16"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../editor/commands/elements.py" line="+16"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../editor/canvas/operations.py" line="+37"/>
        <source>Align left</source>
        <extracomment>Undo step names of the arranging and adding operations, by their argument.</extracomment>
        <translation>Links ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align centre</source>
        <translation>Horizontal zentrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align right</source>
        <translation>Rechts ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align top</source>
        <translation>Oben ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align middle</source>
        <translation>Vertikal zentrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align bottom</source>
        <translation>Unten ausrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribute horizontally</source>
        <translation>Horizontal verteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute vertically</source>
        <translation>Vertikal verteilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add title</source>
        <translation>Titel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add heading</source>
        <translation>Überschrift hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add caption</source>
        <translation>Beschriftung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add callout</source>
        <translation>Hinweisblase hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add legend</source>
        <translation>Legende hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add frame</source>
        <translation>Rahmen hinzufügen</translation>
    </message>
    <message>
        <location filename="../editor/canvas/clipboard.py" line="+35"/>
        <location filename="../editor/commands/elements.py" line="+224"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Nothing to add: an arrow needs the boxes it connects</source>
        <translation>Nichts hinzuzufügen: Ein Pfeil braucht die Kästen, die er verbindet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing pasted: the clipboard&apos;s %1</source>
        <translation>Nichts eingefügt: Zwischenablage %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../editor/canvas/operations.py" line="+129"/>
        <source>Add box</source>
        <translation>Kasten hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connect to new box</source>
        <translation>Mit neuem Kasten verbinden</translation>
    </message>
    <message>
        <location filename="../editor/commands/geometry.py" line="+16"/>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move waypoints of %1</source>
        <translation>Wegpunkte von %1 verschieben</translation>
    </message>
    <message>
        <location filename="../editor/commands/properties.py" line="+44"/>
        <source>Edit text of %1</source>
        <extracomment>The pseudo element id that ``iter_texts`` uses for the document title.</extracomment>
        <translation>Text von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change style</source>
        <translation>Stil ändern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paste style</source>
        <translation>Stil einfügen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change document settings</source>
        <translation>Dokumenteinstellungen ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring to front</source>
        <translation>In den Vordergrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to back</source>
        <translation>In den Hintergrund</translation>
    </message>
    <message>
        <location filename="../editor/commands/titles.py" line="+68"/>
        <source>box</source>
        <extracomment>The Qt Linguist context of every undo step name (lupdate needs it spelled out in each mark).</extracomment>
        <translation>Kasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>palette role</source>
        <extracomment>Names of the fields that &quot;Change %1&quot; speaks of; others are shown as the field&apos;s own name.</extracomment>
        <translation>Palettenrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stroke</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stroke width</source>
        <translation>Konturstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dash</source>
        <translation>Strichmuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corner radius</source>
        <translation>Eckenradius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand-drawn look</source>
        <translation>Handgezeichnet-Optik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roughness</source>
        <translation>Rauheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text fit</source>
        <translation>Textanpassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing</source>
        <translation>Linienführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start head</source>
        <translation>Pfeilspitze am Anfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end head</source>
        <translation>Pfeilspitze am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text role</source>
        <translation>Textrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <location filename="../editor/i18n/undo.py" line="+31"/>
        <source>no language</source>
        <translation>keine Sprache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Translate into %1</source>
        <translation>In %1 übersetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1 translations</source>
        <translation>Übersetzungen für %1 importieren</translation>
    </message>
    <message>
        <location filename="../editor/app/fit.py" line="+32"/>
        <source>Shrink text to fit</source>
        <translation>Text verkleinern, bis er passt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shrink text to fit (whole diagram)</source>
        <translation>Text verkleinern, bis er passt (ganzes Diagramm)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Grow boxes to fit</source>
        <translation>Kästen vergrößern, bis der Text passt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grow boxes to fit (whole diagram)</source>
        <translation>Kästen vergrößern, bis der Text passt (ganzes Diagramm)</translation>
    </message>
    <message>
        <location filename="../editor/app/icon_picker.py" line="+238"/>
        <source>Set icon</source>
        <translation>Symbol festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove icon</source>
        <translation>Symbol entfernen</translation>
    </message>
    <message>
        <location filename="../editor/app/languages_dock.py" line="+266"/>
        <source>Keep text size and boxes</source>
        <translation>Textgröße und Kästen beibehalten</translation>
    </message>
    <message>
        <location filename="../editor/canvas/interactions.py" line="+272"/>
        <source>Connect</source>
        <extracomment>A connection dropped on empty canvas at least this far (screen pixels) from its handle makes a new box there (as draw.io does); closer, it is taken for a slip and dropped.</extracomment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../editor/canvas/scene_editing.py" line="+358"/>
        <source>Cut</source>
        <extracomment>Shift+arrow; with snapping on, one grid cell instead, so what sits on the grid stays on it. Nudges closer together than this (ms) with the same selection are one undo step. The canvas tool changed (its name, ``actions.tool_actions.TOOLS``). A locked tool stays after it made something (else the scene hands back to select). A press on a selected element that may become a drag: (id to keep alone on a click, point).</extracomment>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location filename="../editor/app/legend_entries.py" line="+55"/>
        <source>Add entry to %1</source>
        <extracomment>The stand-in text an empty entry is laid out with, to find where its text goes. How far the editor of an entry stays from the legend&apos;s side edges.</extracomment>
        <translation>Eintrag zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove entry from %1</source>
        <translation>Eintrag aus %1 entfernen</translation>
    </message>
    <message>
        <location filename="../editor/app/window_actions.py" line="+23"/>
        <source>Auto Layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <location filename="../editor/canvas/tools.py" line="+28"/>
        <source>Add arrow</source>
        <extracomment>Screen pixels a press must travel before it counts as a drag (an arrow, a sized element).</extracomment>
        <translation>Pfeil hinzufügen</translation>
    </message>
    <message>
        <location filename="../editor/canvas/group_marks.py" line="+136"/>
        <source>Resize group</source>
        <extracomment>How far (screen pixels) a group&apos;s frame stands off its members, and its corner marks&apos; size.</extracomment>
        <translation>Größe der Gruppe ändern</translation>
    </message>
    <message>
        <location filename="../editor/canvas/scene_groups.py" line="+25"/>
        <source>Lock</source>
        <extracomment>The fields whose change makes the scene work out its locks and groups again.</extracomment>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Locked elements stay as they are: unlock them first</source>
        <extracomment>The group a double-click entered: clicks inside it pick single members.</extracomment>
        <translation>Gesperrte Elemente bleiben, wie sie sind: zuerst entsperren</translation>
    </message>
    <message>
        <location filename="../editor/commands/groups.py" line="+118"/>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ungroup</source>
        <translation>Gruppierung aufheben</translation>
    </message>
</context>
<context>
    <name>ContentLanguageActions</name>
    <message>
        <location filename="../editor/app/content_language_actions.py" line="+63"/>
        <source>Translated %1 strings into %2 (%3 requests).</source>
        <translation>%1 Texte in %2 übersetzt (%3 Anfragen).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n label(s) too long: see the Languages panel.</source>
        <translation>
            <numerusform>%n Beschriftung zu lang: siehe Bereich „Sprachen“.</numerusform>
            <numerusform>%n Beschriftungen zu lang: siehe Bereich „Sprachen“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to fit: the selection has no text boxes.</source>
        <translation>Nichts anzupassen: Die Auswahl enthält keine Textkästen.</translation>
    </message>
</context>
<context>
    <name>DiagramLanguages</name>
    <message>
        <location filename="../editor/app/diagram_languages.py" line="+36"/>
        <source>%1 — source</source>
        <translation>%1 — Ausgangssprache</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../editor/app/document_files.py" line="+58"/>
        <source>Untitled</source>
        <extracomment>Set when restored work has no undo history yet still differs from the file.</extracomment>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open Diagram</source>
        <translation>Diagramm öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagrams (*.diagram.json *.json *.png);;draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;All files (*)</source>
        <translation>Diagramme (*.diagram.json *.json *.png);;draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Imported %1 (%2); %3 kinds of loss, for example: %4</source>
        <translation>%1 importiert (%2); %3 Arten von Verlust, zum Beispiel: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 (%2); nothing was lost</source>
        <translation>%1 importiert (%2); nichts ging verloren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Page</source>
        <translation>Seite importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This file has %n page(s). Which one should open?</source>
        <translation>
            <numerusform>Diese Datei hat %n Seite. Welche soll geöffnet werden?</numerusform>
            <numerusform>Diese Datei hat %n Seiten. Welche soll geöffnet werden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Open Diagram</source>
        <translation>Diagramm kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Diagram</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagrams (*.diagram.json)</source>
        <translation>Diagramme (*.diagram.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Save Diagram</source>
        <translation>Diagramm kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../editor/app/export_dialog.py" line="+187"/>
        <location line="+54"/>
        <source>Export Image</source>
        <extracomment>the language list&apos;s last entry when the document has several: all of them in one file SVG and PDF: every language of the document in one file (``export --lang all``), not ``language``</extracomment>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding</source>
        <translation>Rand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>96 × scale</source>
        <translation>96 × Skalierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the grid</source>
        <translation>Raster einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embed the fonts used (SVG)</source>
        <translation>Verwendete Schriften einbetten (SVG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As outlines, for readers without the fonts (SVG)</source>
        <translation>Als Umrisse, für Programme ohne die Schriften (SVG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All languages, in one file (SVG, PDF)</source>
        <translation>Alle Sprachen in einer Datei (SVG, PDF)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IconPickerDock</name>
    <message>
        <location filename="../editor/app/icon_picker.py" line="-85"/>
        <source>Icons</source>
        <extracomment>Icons drawn per batch while filling the grid, so typing never waits for hundreds of glyphs.</extracomment>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search icons: database, server, queue…</source>
        <translation>Symbole suchen: database, server, queue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to Selection</source>
        <translation>Der Auswahl zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Icon</source>
        <translation>Kein Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to assign, or drag onto the canvas to add a box</source>
        <translation>Doppelklicken zum Zuweisen oder auf die Zeichenfläche ziehen, um einen Kasten hinzuzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n icons</source>
        <translation>
            <numerusform>%n Symbol</numerusform>
            <numerusform>%n Symbole</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <location filename="../editor/app/window_menus.py" line="+62"/>
        <source>Interface Language</source>
        <translation>Oberflächensprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interface Language</source>
        <translation>&amp;Oberflächensprache</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../editor/app/diagram_languages.py" line="+37"/>
        <source>Diagram language: the language the canvas shows and edits</source>
        <translation>Diagrammsprache: die Sprache, die die Zeichenfläche zeigt und bearbeitet</translation>
    </message>
</context>
<context>
    <name>LanguagesDock</name>
    <message>
        <location filename="../editor/app/languages_dock.py" line="-94"/>
        <source>stale</source>
        <extracomment>The badge an element shows when several of its texts are pending: the most urgent wins.</extracomment>
        <translation>veraltet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too long by %1 px</source>
        <translation>%1 px zu lang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document title</source>
        <translation>Dokumenttitel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 missing, %2 stale, %3 to review, %4 too long</source>
        <translation>fehlend: %1, veraltet: %2, zu prüfen: %3, zu lang: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 missing</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stale</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to review</source>
        <translation>zu prüfen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 too long</source>
        <translation>zu lang: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagram has no translations yet. Use Language &gt; Translate Diagram… to add some.</source>
        <translation>Das Diagramm hat noch keine Übersetzungen. Sie fügen sie mit Sprache &gt; Diagramm übersetzen… hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 languages complete and fitting.</source>
        <translation>%1 von %2 Sprachen vollständig und passend.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When text does not fi&amp;t:</source>
        <translation>Wenn Text nicht &amp;passt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave as is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shrink the text</source>
        <translation>Text verkleinern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grow the box</source>
        <translation>Kasten vergrößern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shrink Text</source>
        <translation>Text &amp;verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrink the chosen elements&apos; text to fit (down to its minimum size)</source>
        <translation>Den Text der gewählten Elemente verkleinern, bis er passt (bis zu seiner Mindestgröße)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grow Box</source>
        <translation>Kasten ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the chosen elements until their text fits in every language</source>
        <translation>Die gewählten Elemente vergrößern, bis ihr Text in jeder Sprache passt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../editor/app/main_window.py" line="+74"/>
        <source>%1[*] — Diagram Editor</source>
        <translation>%1[*] — Diagram Editor</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../editor/app/property_editors.py" line="+56"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <location filename="../editor/app/properties_dock.py" line="+67"/>
        <source>Palette role</source>
        <translation>Palettenrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stroke</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stroke width</source>
        <translation>Konturstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dash</source>
        <translation>Strichmuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner radius</source>
        <translation>Eckenradius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-drawn</source>
        <translation>Handgezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roughness</source>
        <translation>Rauheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routing</source>
        <translation>Linienführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start head</source>
        <translation>Pfeilspitze am Anfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End head</source>
        <translation>Pfeilspitze am Ende</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+18"/>
        <location line="+11"/>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Diamond</source>
        <translation>Raute</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Solid</source>
        <translation>Durchgezogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashed</source>
        <translation>Gestrichelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dotted</source>
        <translation>Gepunktet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-angled</source>
        <translation>Rechtwinklig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curved</source>
        <translation>Gebogen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cylinder</source>
        <translation>Zylinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>Wolke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hexagon</source>
        <translation>Sechseck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallelogram</source>
        <translation>Parallelogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>Stadion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read path</source>
        <translation>Lesepfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write path</source>
        <translation>Schreibpfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent</source>
        <translation>Akzent</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Caution</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted</source>
        <translation>Gedämpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing selected. Select elements on the canvas to edit their style.</source>
        <translation>Nichts ausgewählt. Wählen Sie Elemente auf der Zeichenfläche aus, um ihren Stil zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n elements selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/app/recovery_dialog.py" line="+75"/>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagram Editor closed unexpectedly. Unsaved changes to “%1” from %2 were kept.</source>
        <translation>Diagram Editor wurde unerwartet beendet. Ungespeicherte Änderungen an „%1“ vom %2 wurden aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with Saved File</source>
        <translation>Mit gespeicherter Datei vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recovered diagram is the same as the saved file.</source>
        <translation>Das wiederhergestellte Diagramm stimmt mit der gespeicherten Datei überein.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="-129"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New diagrams</source>
        <translation>Neue Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content translation</source>
        <translation>Übersetzung der Inhalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Interface language</source>
        <translation>Oberflächensprache</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Theme for new diagrams</source>
        <translation>Design für neue Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid size for new diagrams</source>
        <translation>Rastergröße für neue Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapping</source>
        <translation>Einrasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave every</source>
        <translation>Automatisch speichern alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and after this many edits</source>
        <translation>…und nach so vielen Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whiteboard</source>
        <translation>Whiteboard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clean</source>
        <translation>Schlicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the grid in new diagrams</source>
        <translation>Raster in neuen Diagrammen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap to the grid and to other elements</source>
        <translation>Am Raster und an anderen Elementen einrasten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API keys are kept in your user settings only; they are never written into a diagram.</source>
        <translation>API-Schlüssel werden nur in Ihren Benutzereinstellungen gespeichert, niemals in einem Diagramm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation memory…</source>
        <translation>Übersetzungsspeicher…</translation>
    </message>
</context>
<context>
    <name>Shapes</name>
    <message>
        <location filename="../editor/app/shapes_dock.py" line="+58"/>
        <source>%1: click to add it in the middle of the view, or drag it onto the canvas</source>
        <extracomment>The narrowest cell and every cell&apos;s height; cells widen to share the dock&apos;s width evenly. Pixels a row keeps free: QListView wraps a row whose cells fill the viewport exactly. Pixels around a cell&apos;s text: the item padding and the view&apos;s own margins on both sides.</extracomment>
        <translation>%1: klicken, um es in der Mitte der Ansicht hinzuzufügen, oder auf die Zeichenfläche ziehen</translation>
    </message>
    <message>
        <location filename="../editor/app/palette_entries.py" line="+64"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles requests</source>
        <translation>Bearbeitet Anfragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stores records</source>
        <translation>Speichert Datensätze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps hot data in memory</source>
        <translation>Hält häufig genutzte Daten im Speicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers messages</source>
        <translation>Puffert Nachrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs background jobs</source>
        <translation>Führt Hintergrundaufträge aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser or app</source>
        <translation>Browser oder App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callout</source>
        <translation>Hinweisblase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diamond</source>
        <translation>Raute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cylinder</source>
        <translation>Zylinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>Wolke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hexagon</source>
        <translation>Sechseck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallelogram</source>
        <translation>Parallelogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>Stadion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticky note</source>
        <translation>Haftnotiz</translation>
    </message>
</context>
<context>
    <name>ShapesDock</name>
    <message>
        <location filename="../editor/app/shapes_dock.py" line="+286"/>
        <source>Shapes</source>
        <translation>Formen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search shapes and icons</source>
        <translation>Formen und Symbole suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes</source>
        <translation>Kästen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlines</source>
        <translation>Umrisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and Layout</source>
        <translation>Text und Aufbau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icons</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="+73"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StyleQuickBar</name>
    <message>
        <location filename="../editor/app/style_quick_bar.py" line="+257"/>
        <source>Palette role: %1</source>
        <extracomment>Room (viewport pixels) between the selection and the bar, and how often a hidden bar looks again whether the text being edited was closed (closing without a change sends no signal). A style was copied (Paste Style becomes available). The Properties panel&apos;s names for palette roles and dashes, in the interface language.</extracomment>
        <translation>Palettenrolle: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand-drawn on or off</source>
        <translation>Handgezeichnet ein oder aus</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../editor/app/template_dialog.py" line="+156"/>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new diagram from a ready-made layout, in your language when the template has it.</source>
        <translation>Beginnen Sie ein neues Diagramm mit einem fertigen Layout – in Ihrer Sprache, wenn die Vorlage sie enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <location filename="../editor/app/translate_dialog.py" line="+183"/>
        <source>“%1” is not a language tag (write tags such as pt-PT or zh-Hant).</source>
        <extracomment>Offered with a checkbox each; anything else goes in the free field as a BCP 47 tag.</extracomment>
        <translation>„%1“ ist kein Sprach-Tag (schreiben Sie Tags wie pt-PT oder zh-Hant).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one language to translate into.</source>
        <translation>Wählen Sie mindestens eine Zielsprache.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Translating into %1…</source>
        <translation>Übersetzung in %1 läuft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling… (waiting for the requests under way)</source>
        <translation>Wird abgebrochen… (wartet auf laufende Anfragen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+89"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>%1 of %2 strings translated (%3), %4 requests</source>
        <translation>%1 von %2 Texten übersetzt (%3), %4 Anfragen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: %1 strings into %2 with %3 requests.</source>
        <translation>Fertig: %1 Texte in %2 mit %3 Anfragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translation failed: %1
The diagram is unchanged; strings translated before the failure are kept for the next try.</source>
        <translation>Übersetzung fehlgeschlagen: %1
Das Diagramm ist unverändert; vor dem Fehler übersetzte Texte bleiben für den nächsten Versuch erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled after %1 of %2 strings. The diagram is unchanged.</source>
        <translation>Abgebrochen nach %1 von %2 Texten. Das Diagramm ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n language(s) chosen</source>
        <translation>
            <numerusform>%n Sprache gewählt</numerusform>
            <numerusform>%n Sprachen gewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No language chosen</source>
        <translation>Keine Sprache gewählt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Translate Diagram</source>
        <translation>Diagramm übersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into:</source>
        <translation>Übersetzen in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other languages:</source>
        <translation>Weitere Sprachen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait per request:</source>
        <translation>Wartezeit je Anfrage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCP 47 language tags, separated by commas</source>
        <translation>BCP-47-Sprach-Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only missing and stale strings (keep existing translations)</source>
        <translation>Nur fehlende und veraltete Texte (vorhandene Übersetzungen behalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translate</source>
        <translation>&amp;Übersetzen</translation>
    </message>
</context>
<context>
    <name>TranslationMemoryDialog</name>
    <message>
        <location filename="../editor/app/memory_dialog.py" line="+81"/>
        <source>Translation memory</source>
        <translation>Übersetzungsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export TMX…</source>
        <translation>TMX exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import TMX…</source>
        <translation>TMX importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+13"/>
        <source>people, imports</source>
        <translation>Menschen, Importe</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n entries in all</source>
        <translation>
            <numerusform>%n Eintrag insgesamt</numerusform>
            <numerusform>%n Einträge insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+9"/>
        <source>Export TMX</source>
        <translation>TMX exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Import TMX</source>
        <translation>TMX importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n entries from %1.</source>
        <translation>
            <numerusform>%n Eintrag aus %1 importiert.</numerusform>
            <numerusform>%n Einträge aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n entries from the translation memory? This cannot be undone.</source>
        <translation>
            <numerusform>%n Eintrag aus dem Übersetzungsspeicher löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Einträge aus dem Übersetzungsspeicher löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear translation memory</source>
        <translation>Übersetzungsspeicher leeren</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>%n Eintrag gelöscht.</numerusform>
            <numerusform>%n Einträge gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../editor/app/window_actions.py" line="+14"/>
        <source>The templates could not be read: %1</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 (%2 KB)</source>
        <translation>%1 exportiert (%2 KB)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Auto Layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>About Diagram Editor</source>
        <translation>Über Diagram Editor</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../editor/app/window_menus.py" line="+66"/>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagram language</source>
        <translation>Diagrammsprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>WindowParts</name>
    <message>
        <location filename="../editor/app/window_parts.py" line="+88"/>
        <source>Image %1 takes too long to draw; it is shown crossed out and export refuses it.</source>
        <translation>Bild %1 braucht zu lange zum Zeichnen; es wird durchgestrichen gezeigt und der Export lehnt es ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
</context>
</TS>
