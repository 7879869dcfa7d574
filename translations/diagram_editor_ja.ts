<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="+255"/>
        <source>Technical infographics that live in many languages: boxes and arrows on a hand-drawn canvas, every label translatable, exported as PNG or SVG.</source>
        <translation>多言語で使える技術インフォグラフィック: 手描き風のキャンバスにボックスと矢印を配置し、すべてのラベルを翻訳して、PNG または SVG にエクスポートできます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Icons from qtawesome; handwriting font Caveat (SIL Open Font License).</source>
        <translation>アイコン: qtawesome、手書きフォント: Caveat (SIL Open Font License)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../editor/actions/file_edit_actions.py" line="+10"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New from Te&amp;mplate…</source>
        <translation>テンプレートから新規作成(&amp;M)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export PNG or SVG…</source>
        <translation>PNG または SVG にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dup&amp;licate</source>
        <translation>複製(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../editor/actions/view_arrange_actions.py" line="+19"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fit to Content</source>
        <translation>内容に合わせる(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actual Size (&amp;100%)</source>
        <translation>実際のサイズ 100%(&amp;1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;Grid</source>
        <translation>グリッドを表示(&amp;G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Snap to Grid and Elements</source>
        <translation>グリッドと要素にスナップ(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Whiteboard Theme</source>
        <translation>ホワイトボード テーマ(&amp;W)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clean Theme</source>
        <translation>クリーン テーマ(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Align &amp;Left</source>
        <translation>左揃え(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Centre</source>
        <translation>左右中央揃え(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Right</source>
        <translation>右揃え(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Top</source>
        <translation>上揃え(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Middle</source>
        <translation>上下中央揃え(&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Bottom</source>
        <translation>下揃え(&amp;B)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute &amp;Horizontally</source>
        <translation>左右に均等配置(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute &amp;Vertically</source>
        <translation>上下に均等配置(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring to &amp;Front</source>
        <translation>最前面へ移動(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send to Bac&amp;k</source>
        <translation>最背面へ移動(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Auto Layout</source>
        <translation>自動レイアウト(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lay the selection, or the whole diagram, out in layers</source>
        <translation>選択範囲またはダイアグラム全体を階層状に配置します</translation>
    </message>
    <message>
        <location filename="../editor/actions/language_help_actions.py" line="+10"/>
        <source>&amp;Translate Diagram…</source>
        <translation>ダイアグラムを翻訳(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translate every label into other languages, as one undo step</source>
        <translation>すべてのラベルを他の言語に翻訳します (1 回で元に戻せます)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages &amp;Panel</source>
        <translation>言語パネル(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing, stale and too long translations, per language</source>
        <translation>言語ごとの未翻訳・古い・長すぎる翻訳</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit Text: &amp;Shrink</source>
        <translation>テキストを合わせる: 縮小(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shrink text that does not fit: the selected elements, or the whole diagram when none is selected</source>
        <translation>収まらないテキストを縮小します: 選択した要素、または何も選択していないときはダイアグラム全体</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fit Text: &amp;Grow Boxes</source>
        <translation>テキストを合わせる: ボックスを拡大(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grow boxes until their text fits: the selected ones, or the whole diagram when none is selected</source>
        <translation>テキストが収まるまでボックスを拡大します: 選択したボックス、または何も選択していないときはダイアグラム全体</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Diagram Editor</source>
        <translation>Diagram Editor について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../editor/actions/specs.py" line="+121"/>
        <source>&amp;File</source>
        <extracomment>Menu title (translatable, context &quot;Actions&quot;) -&gt; action ids, submenus and ``None`` separators.</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Insert</source>
        <extracomment>The shortcuts the table spells out, e.g. Duplicate&apos;s &quot;Ctrl+D&quot;. Keys of Sun and multimedia keyboards that Qt adds to standard keys (F14 is Undo, F20 Cut...): they stay bound, but a list for people shows only keys a common keyboard has. A submenu the app fills at run time (recent files, content languages). The canvas menu&apos;s Insert submenu: the Insert menu&apos;s entries under its title. Runs of entries that stand both in the menu bar and in the canvas&apos;s right-click menu. The canvas tools (Insert menu and the tools bar): a press on the canvas makes what they say.</extracomment>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Arrange</source>
        <translation>配置(&amp;A)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../editor/actions/insert_actions.py" line="+30"/>
        <source>&amp;Box</source>
        <translation>ボックス(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a box in the middle of the view and edit its name</source>
        <translation>表示の中央にボックスを追加して名前を編集</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Heading</source>
        <translation>見出し(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Caption Text</source>
        <translation>キャプション(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;allout</source>
        <translation>吹き出し(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Note</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legend</source>
        <translation>凡例(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Frame</source>
        <translation>フレーム(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a titled frame behind everything, to group elements</source>
        <translation>タイトル付きのフレームを最背面に追加して要素をまとめる</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit Text</source>
        <extracomment>Edit menu: text and legend entries of the selected element.</extracomment>
        <translation>テキストを編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Legend E&amp;ntry</source>
        <translation>凡例の項目を追加(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an entry below the clicked one (or at the end) and edit it</source>
        <translation>クリックした項目の下（または末尾）に項目を追加して編集</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve Legend Entry</source>
        <translation>凡例の項目を削除(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the clicked entry (or the last one)</source>
        <translation>クリックした項目（または最後の項目）を削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Straight Arrows</source>
        <extracomment>Arrange menu: how the selected arrows run.</extracomment>
        <translation>直線の矢印(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Orthogonal Arrows</source>
        <translation>直角の矢印(&amp;O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;urved Arrows</source>
        <translation>曲線の矢印(&amp;U)</translation>
    </message>
    <message>
        <location filename="../editor/app/action_builder.py" line="+106"/>
        <source>%1 failed: %2</source>
        <extracomment>Where ``canvas_only`` shortcuts listen (the window itself when there is no canvas).</extracomment>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../editor/actions/tool_actions.py" line="+38"/>
        <source>&amp;Select Tool</source>
        <translation>選択ツール(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select, move and resize elements</source>
        <translation>要素を選択、移動、サイズ変更します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bo&amp;x Tool</source>
        <translation>ボックス ツール(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a box</source>
        <translation>キャンバスをクリックまたはドラッグしてボックスを追加します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elli&amp;pse Tool</source>
        <translation>楕円ツール(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add an ellipse</source>
        <translation>キャンバスをクリックまたはドラッグして楕円を追加します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Diamond Tool</source>
        <translation>ひし形ツール(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a diamond</source>
        <translation>キャンバスをクリックまたはドラッグしてひし形を追加します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;rrow Tool</source>
        <translation>矢印ツール(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag from a box or the canvas to another: ends on a box bind to it, others stay free</source>
        <translation>ボックスまたはキャンバスから別の場所へドラッグします: ボックス上の端はそのボックスに結び付き、それ以外の端は自由なままです</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ext Tool</source>
        <translation>テキスト ツール(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click on the canvas to add a text</source>
        <translation>キャンバスをクリックしてテキストを追加します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fra&amp;me Tool</source>
        <translation>フレーム ツール(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a frame</source>
        <translation>キャンバスをクリックまたはドラッグしてフレームを追加します</translation>
    </message>
    <message>
        <location filename="../editor/actions/group_style_actions.py" line="+24"/>
        <source>&amp;Group</source>
        <translation>グループ化(&amp;G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the selection one group that moves, copies and deletes as one</source>
        <translation>選択範囲を、まとめて移動・コピー・削除できる1つのグループにします</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U&amp;ngroup</source>
        <translation>グループ解除(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&amp;ock</source>
        <translation>ロック(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked elements cannot be moved, resized, edited or deleted</source>
        <translation>ロックされた要素は移動・サイズ変更・編集・削除できません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y Style</source>
        <translation>スタイルをコピー(&amp;Y)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste &amp;Style</source>
        <translation>スタイルを貼り付け(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../editor/app/property_editors.py" line="+186"/>
        <source>Theme default</source>
        <translation>テーマの既定値</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Mixed</source>
        <translation>混在</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location line="-144"/>
        <location line="+13"/>
        <source>Theme</source>
        <extracomment>What a mixed selection shows and what &quot;follow the theme&quot; shows (set by retranslate()).</extracomment>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+39"/>
        <source>Choose a colour</source>
        <translation>色を選択</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>A colour as #rrggbb; empty follows the theme</source>
        <translation>#rrggbb 形式の色。空欄のときはテーマに従います</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mixed</source>
        <translation>混在</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../editor/commands/base.py" line="+16"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../editor/commands/elements.py" line="+16"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../editor/canvas/operations.py" line="+37"/>
        <source>Align left</source>
        <extracomment>Undo step names of the arranging and adding operations, by their argument.</extracomment>
        <translation>左揃え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align centre</source>
        <translation>左右中央揃え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align right</source>
        <translation>右揃え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align top</source>
        <translation>上揃え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align middle</source>
        <translation>上下中央揃え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align bottom</source>
        <translation>下揃え</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribute horizontally</source>
        <translation>左右に均等配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute vertically</source>
        <translation>上下に均等配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add title</source>
        <translation>タイトルを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add heading</source>
        <translation>見出しを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add caption</source>
        <translation>キャプションを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add callout</source>
        <translation>吹き出しを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add legend</source>
        <translation>凡例を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add frame</source>
        <translation>フレームを追加</translation>
    </message>
    <message>
        <location filename="../editor/canvas/clipboard.py" line="+35"/>
        <location filename="../editor/commands/elements.py" line="+224"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Nothing to add: an arrow needs the boxes it connects</source>
        <translation>追加するものがありません: 矢印には接続先のボックスが必要です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing pasted: the clipboard&apos;s %1</source>
        <translation>貼り付けませんでした: クリップボードの %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../editor/canvas/operations.py" line="+129"/>
        <source>Add box</source>
        <translation>ボックスを追加</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connect to new box</source>
        <translation>新しいボックスに接続</translation>
    </message>
    <message>
        <location filename="../editor/commands/geometry.py" line="+16"/>
        <source>Arrange</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resize %1</source>
        <translation>%1 のサイズを変更</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reconnect %1</source>
        <translation>%1 を再接続</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move waypoints of %1</source>
        <translation>%1 の経由点を移動</translation>
    </message>
    <message>
        <location filename="../editor/commands/properties.py" line="+44"/>
        <source>Edit text of %1</source>
        <extracomment>The pseudo element id that ``iter_texts`` uses for the document title.</extracomment>
        <translation>%1 のテキストを編集</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change %1</source>
        <translation>%1を変更</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change style</source>
        <translation>スタイルを変更</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paste style</source>
        <translation>スタイルを貼り付け</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change document settings</source>
        <translation>ドキュメントの設定を変更</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring to front</source>
        <translation>最前面へ移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to back</source>
        <translation>最背面へ移動</translation>
    </message>
    <message>
        <location filename="../editor/commands/titles.py" line="+68"/>
        <source>box</source>
        <extracomment>The Qt Linguist context of every undo step name (lupdate needs it spelled out in each mark).</extracomment>
        <translation>ボックス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>palette role</source>
        <extracomment>Names of the fields that &quot;Change %1&quot; speaks of; others are shown as the field&apos;s own name.</extracomment>
        <translation>パレットの役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill</source>
        <translation>塗り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stroke</source>
        <translation>線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stroke width</source>
        <translation>線の幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dash</source>
        <translation>線種</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corner radius</source>
        <translation>角の半径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand-drawn look</source>
        <translation>手描き風</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roughness</source>
        <translation>ラフさ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text colour</source>
        <translation>文字色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text fit</source>
        <translation>テキストの合わせ方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing</source>
        <translation>経路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start head</source>
        <translation>始点の矢じり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end head</source>
        <translation>終点の矢じり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text role</source>
        <translation>テキストの役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outline</source>
        <translation>輪郭</translation>
    </message>
    <message>
        <location filename="../editor/i18n/undo.py" line="+31"/>
        <source>no language</source>
        <translation>言語なし</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Translate into %1</source>
        <translation>%1 に翻訳</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1 translations</source>
        <translation>%1 の翻訳をインポート</translation>
    </message>
    <message>
        <location filename="../editor/app/fit.py" line="+32"/>
        <source>Shrink text to fit</source>
        <translation>テキストを縮小して合わせる</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shrink text to fit (whole diagram)</source>
        <translation>テキストを縮小して合わせる（ダイアグラム全体）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Grow boxes to fit</source>
        <translation>ボックスを拡大して合わせる</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grow boxes to fit (whole diagram)</source>
        <translation>ボックスを拡大して合わせる（ダイアグラム全体）</translation>
    </message>
    <message>
        <location filename="../editor/app/icon_picker.py" line="+238"/>
        <source>Set icon</source>
        <translation>アイコンを設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove icon</source>
        <translation>アイコンを削除</translation>
    </message>
    <message>
        <location filename="../editor/app/languages_dock.py" line="+266"/>
        <source>Keep text size and boxes</source>
        <translation>文字サイズとボックスを維持</translation>
    </message>
    <message>
        <location filename="../editor/canvas/interactions.py" line="+272"/>
        <source>Connect</source>
        <extracomment>A connection dropped on empty canvas at least this far (screen pixels) from its handle makes a new box there (as draw.io does); closer, it is taken for a slip and dropped.</extracomment>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../editor/canvas/scene_editing.py" line="+358"/>
        <source>Cut</source>
        <extracomment>Shift+arrow; with snapping on, one grid cell instead, so what sits on the grid stays on it. Nudges closer together than this (ms) with the same selection are one undo step. The canvas tool changed (its name, ``actions.tool_actions.TOOLS``). A locked tool stays after it made something (else the scene hands back to select). A press on a selected element that may become a drag: (id to keep alone on a click, point).</extracomment>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../editor/app/legend_entries.py" line="+55"/>
        <source>Add entry to %1</source>
        <extracomment>The stand-in text an empty entry is laid out with, to find where its text goes. How far the editor of an entry stays from the legend&apos;s side edges.</extracomment>
        <translation>%1 に項目を追加</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove entry from %1</source>
        <translation>%1 から項目を削除</translation>
    </message>
    <message>
        <location filename="../editor/app/window_actions.py" line="+23"/>
        <source>Auto Layout</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <location filename="../editor/canvas/tools.py" line="+28"/>
        <source>Add arrow</source>
        <extracomment>Screen pixels a press must travel before it counts as a drag (an arrow, a sized element).</extracomment>
        <translation>矢印を追加</translation>
    </message>
    <message>
        <location filename="../editor/canvas/group_marks.py" line="+136"/>
        <source>Resize group</source>
        <extracomment>How far (screen pixels) a group&apos;s frame stands off its members, and its corner marks&apos; size.</extracomment>
        <translation>グループのサイズを変更</translation>
    </message>
    <message>
        <location filename="../editor/canvas/scene_groups.py" line="+25"/>
        <source>Lock</source>
        <extracomment>The fields whose change makes the scene work out its locks and groups again.</extracomment>
        <translation>ロック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Locked elements stay as they are: unlock them first</source>
        <extracomment>The group a double-click entered: clicks inside it pick single members.</extracomment>
        <translation>ロックされた要素は変更されません。先にロックを解除してください</translation>
    </message>
    <message>
        <location filename="../editor/commands/groups.py" line="+118"/>
        <source>Group</source>
        <translation>グループ化</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ungroup</source>
        <translation>グループ解除</translation>
    </message>
</context>
<context>
    <name>ContentLanguageActions</name>
    <message>
        <location filename="../editor/app/content_language_actions.py" line="+63"/>
        <source>Translated %1 strings into %2 (%3 requests).</source>
        <translation>%1 件の文字列を %2 に翻訳しました (リクエスト %3 回)。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n label(s) too long: see the Languages panel.</source>
        <translation>
            <numerusform>%n 個のラベルが長すぎます。[言語] パネルを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to fit: the selection has no text boxes.</source>
        <translation>調整するものがありません: 選択範囲にテキストのあるボックスがありません。</translation>
    </message>
</context>
<context>
    <name>DiagramLanguages</name>
    <message>
        <location filename="../editor/app/diagram_languages.py" line="+36"/>
        <source>%1 — source</source>
        <translation>%1 — 原文</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../editor/app/document_files.py" line="+58"/>
        <source>Untitled</source>
        <extracomment>Set when restored work has no undo history yet still differs from the file.</extracomment>
        <translation>無題</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>閉じる前に「%1」への変更を保存しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>保存しない場合、変更は失われます。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open Diagram</source>
        <translation>ダイアグラムを開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagrams (*.diagram.json *.json *.png);;draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;All files (*)</source>
        <translation>ダイアグラム (*.diagram.json *.json *.png);;draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Imported %1 (%2); %3 kinds of loss, for example: %4</source>
        <translation>%1 をインポートしました（%2）。欠落の種類: %3、例: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 (%2); nothing was lost</source>
        <translation>%1 をインポートしました（%2）。失われたものはありません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Page</source>
        <translation>ページのインポート</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This file has %n page(s). Which one should open?</source>
        <translation>
            <numerusform>このファイルには %n ページあります。どのページを開きますか？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Open Diagram</source>
        <translation>ダイアグラムを開けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be opened.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Diagram</source>
        <translation>ダイアグラムを保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagrams (*.diagram.json)</source>
        <translation>ダイアグラム (*.diagram.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Save Diagram</source>
        <translation>ダイアグラムを保存できません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving failed: %1</source>
        <translation>保存に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../editor/app/export_dialog.py" line="+187"/>
        <location line="+54"/>
        <source>Export Image</source>
        <extracomment>the language list&apos;s last entry when the document has several: all of them in one file SVG and PDF: every language of the document in one file (``export --lang all``), not ``language``</extracomment>
        <translation>画像のエクスポート</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding</source>
        <translation>余白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>96 × scale</source>
        <translation>96 × 倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the grid</source>
        <translation>グリッドを含める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embed the fonts used (SVG)</source>
        <translation>使用しているフォントを埋め込む (SVG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As outlines, for readers without the fonts (SVG)</source>
        <translation>アウトライン化（フォントのない閲覧環境向け）(SVG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All languages, in one file (SVG, PDF)</source>
        <translation>すべての言語を1つのファイルに (SVG、PDF)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IconPickerDock</name>
    <message>
        <location filename="../editor/app/icon_picker.py" line="-85"/>
        <source>Icons</source>
        <extracomment>Icons drawn per batch while filling the grid, so typing never waits for hundreds of glyphs.</extracomment>
        <translation>アイコン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search icons: database, server, queue…</source>
        <translation>アイコンを検索: database、server、queue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to Selection</source>
        <translation>選択範囲に割り当て</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Icon</source>
        <translation>アイコンなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to assign, or drag onto the canvas to add a box</source>
        <translation>ダブルクリックで割り当て、キャンバスへドラッグするとボックスを追加します</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n icons</source>
        <translation>
            <numerusform>%n 個のアイコン</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <location filename="../editor/app/window_menus.py" line="+62"/>
        <source>Interface Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interface Language</source>
        <translation>表示言語(&amp;I)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../editor/app/diagram_languages.py" line="+37"/>
        <source>Diagram language: the language the canvas shows and edits</source>
        <translation>ダイアグラムの言語: キャンバスに表示され、編集される言語</translation>
    </message>
</context>
<context>
    <name>LanguagesDock</name>
    <message>
        <location filename="../editor/app/languages_dock.py" line="-94"/>
        <source>stale</source>
        <extracomment>The badge an element shows when several of its texts are pending: the most urgent wins.</extracomment>
        <translation>古い</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>未翻訳</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too long by %1 px</source>
        <translation>%1 px はみ出し</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document title</source>
        <translation>ドキュメントのタイトル</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 missing, %2 stale, %3 to review, %4 too long</source>
        <translation>未翻訳 %1、古い %2、要確認 %3、長すぎ %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 missing</source>
        <translation>未翻訳 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stale</source>
        <translation>古い %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to review</source>
        <translation>要確認 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 too long</source>
        <translation>長すぎ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagram has no translations yet. Use Language &gt; Translate Diagram… to add some.</source>
        <translation>このダイアグラムにはまだ翻訳がありません。[言語] &gt; [ダイアグラムを翻訳…] で追加できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 languages complete and fitting.</source>
        <translation>%2 言語中 %1 言語が完了し、収まっています。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When text does not fi&amp;t:</source>
        <translation>テキストが収まらないとき(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave as is</source>
        <translation>そのままにする</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shrink the text</source>
        <translation>テキストを縮小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grow the box</source>
        <translation>ボックスを拡大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shrink Text</source>
        <translation>テキストを縮小(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrink the chosen elements&apos; text to fit (down to its minimum size)</source>
        <translation>選んだ要素のテキストを収まるまで縮小します (最小サイズまで)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grow Box</source>
        <translation>ボックスを拡大(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the chosen elements until their text fits in every language</source>
        <translation>すべての言語でテキストが収まるまで、選んだ要素を拡大します</translation>
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
            <numerusform>%n 個を選択中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../editor/app/property_editors.py" line="+56"/>
        <source>Mixed</source>
        <translation>混在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <location filename="../editor/app/properties_dock.py" line="+67"/>
        <source>Palette role</source>
        <translation>パレットの役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill</source>
        <translation>塗り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stroke</source>
        <translation>線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stroke width</source>
        <translation>線の幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dash</source>
        <translation>線種</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner radius</source>
        <translation>角の半径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-drawn</source>
        <translation>手描き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roughness</source>
        <translation>ラフさ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text colour</source>
        <translation>文字色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routing</source>
        <translation>経路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start head</source>
        <translation>始点の矢じり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End head</source>
        <translation>終点の矢じり</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape</source>
        <translation>図形</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+18"/>
        <location line="+11"/>
        <source>Arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Box</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>円</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Diamond</source>
        <translation>ひし形</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Solid</source>
        <translation>実線</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashed</source>
        <translation>破線</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dotted</source>
        <translation>点線</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight</source>
        <translation>直線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-angled</source>
        <translation>直角</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curved</source>
        <translation>曲線</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rectangle</source>
        <translation>長方形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>楕円</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cylinder</source>
        <translation>円柱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>雲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hexagon</source>
        <translation>六角形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallelogram</source>
        <translation>平行四辺形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>角丸端</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read path</source>
        <translation>読み取り経路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write path</source>
        <translation>書き込み経路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent</source>
        <translation>アクセント</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Outline</source>
        <translation>輪郭</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted</source>
        <translation>控えめ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing selected. Select elements on the canvas to edit their style.</source>
        <translation>何も選択されていません。キャンバスで要素を選択すると、スタイルを編集できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2”</source>
        <translation>%1「%2」</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n elements selected</source>
        <translation>
            <numerusform>%n 個の要素を選択中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/app/recovery_dialog.py" line="+75"/>
        <source>Recover Unsaved Work</source>
        <translation>未保存の作業の復元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagram Editor closed unexpectedly. Unsaved changes to “%1” from %2 were kept.</source>
        <translation>Diagram Editor が予期せず終了しました。%2 時点の「%1」への未保存の変更は保持されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with Saved File</source>
        <translation>保存済みファイルと比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recovered diagram is the same as the saved file.</source>
        <translation>復元したダイアグラムは保存済みファイルと同じです。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="-129"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New diagrams</source>
        <translation>新しいダイアグラム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas</source>
        <translation>キャンバス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content translation</source>
        <translation>コンテンツの翻訳</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Theme for new diagrams</source>
        <translation>新しいダイアグラムのテーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid size for new diagrams</source>
        <translation>新しいダイアグラムのグリッド間隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapping</source>
        <translation>スナップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave every</source>
        <translation>自動保存の間隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and after this many edits</source>
        <translation>…および編集回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whiteboard</source>
        <translation>ホワイトボード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clean</source>
        <translation>クリーン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the grid in new diagrams</source>
        <translation>新しいダイアグラムでグリッドを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap to the grid and to other elements</source>
        <translation>グリッドと他の要素にスナップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API keys are kept in your user settings only; they are never written into a diagram.</source>
        <translation>API キーはユーザー設定にのみ保存され、ダイアグラムに書き込まれることはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation memory…</source>
        <translation>翻訳メモリ…</translation>
    </message>
</context>
<context>
    <name>Shapes</name>
    <message>
        <location filename="../editor/app/shapes_dock.py" line="+58"/>
        <source>%1: click to add it in the middle of the view, or drag it onto the canvas</source>
        <extracomment>The narrowest cell and every cell&apos;s height; cells widen to share the dock&apos;s width evenly. Pixels a row keeps free: QListView wraps a row whose cells fill the viewport exactly. Pixels around a cell&apos;s text: the item padding and the view&apos;s own margins on both sides.</extracomment>
        <translation>%1: クリックで表示の中央に追加、またはキャンバスにドラッグ</translation>
    </message>
    <message>
        <location filename="../editor/app/palette_entries.py" line="+64"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles requests</source>
        <translation>リクエストを処理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stores records</source>
        <translation>レコードを保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps hot data in memory</source>
        <translation>よく使うデータをメモリに保持</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers messages</source>
        <translation>メッセージをバッファ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs background jobs</source>
        <translation>バックグラウンドジョブを実行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser or app</source>
        <translation>ブラウザーまたはアプリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callout</source>
        <translation>吹き出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectangle</source>
        <translation>長方形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>楕円</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diamond</source>
        <translation>ひし形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cylinder</source>
        <translation>円柱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>雲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hexagon</source>
        <translation>六角形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallelogram</source>
        <translation>平行四辺形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>角丸端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticky note</source>
        <translation>付箋</translation>
    </message>
</context>
<context>
    <name>ShapesDock</name>
    <message>
        <location filename="../editor/app/shapes_dock.py" line="+286"/>
        <source>Shapes</source>
        <translation>図形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search shapes and icons</source>
        <translation>図形とアイコンを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlines</source>
        <translation>輪郭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and Layout</source>
        <translation>テキストとレイアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icons</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches.</source>
        <translation>一致するものはありません。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="+73"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
</context>
<context>
    <name>StyleQuickBar</name>
    <message>
        <location filename="../editor/app/style_quick_bar.py" line="+257"/>
        <source>Palette role: %1</source>
        <extracomment>Room (viewport pixels) between the selection and the bar, and how often a hidden bar looks again whether the text being edited was closed (closing without a change sends no signal). A style was copied (Paste Style becomes available). The Properties panel&apos;s names for palette roles and dashes, in the interface language.</extracomment>
        <translation>パレットの役割: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand-drawn on or off</source>
        <translation>手描きのオン・オフ</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../editor/app/template_dialog.py" line="+156"/>
        <source>New from Template</source>
        <translation>テンプレートから新規作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new diagram from a ready-made layout, in your language when the template has it.</source>
        <translation>用意されたレイアウトから新しいダイアグラムを作成します。テンプレートがお使いの言語に対応していれば、その言語で開きます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <location filename="../editor/app/translate_dialog.py" line="+183"/>
        <source>“%1” is not a language tag (write tags such as pt-PT or zh-Hant).</source>
        <extracomment>Offered with a checkbox each; anything else goes in the free field as a BCP 47 tag.</extracomment>
        <translation>「%1」は言語タグではありません (pt-PT や zh-Hant のように書いてください)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one language to translate into.</source>
        <translation>翻訳先の言語を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Translating into %1…</source>
        <translation>%1 に翻訳中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling… (waiting for the requests under way)</source>
        <translation>キャンセル中… (処理中のリクエストを待っています)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+89"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>%1 of %2 strings translated (%3), %4 requests</source>
        <translation>%2 件中 %1 件を翻訳済み (%3)、リクエスト %4 回</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: %1 strings into %2 with %3 requests.</source>
        <translation>完了: %1 件の文字列を %2 に翻訳しました (リクエスト %3 回)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translation failed: %1
The diagram is unchanged; strings translated before the failure are kept for the next try.</source>
        <translation>翻訳に失敗しました: %1
ダイアグラムは変更されていません。失敗前に翻訳された文字列は次回のために保持されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled after %1 of %2 strings. The diagram is unchanged.</source>
        <translation>%2 件中 %1 件でキャンセルしました。ダイアグラムは変更されていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n language(s) chosen</source>
        <translation>
            <numerusform>%n 言語を選択</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No language chosen</source>
        <translation>言語が選ばれていません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Translate Diagram</source>
        <translation>ダイアグラムを翻訳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into:</source>
        <translation>翻訳先:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other languages:</source>
        <translation>その他の言語:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation>サーバーのアドレス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait per request:</source>
        <translation>リクエストごとの待ち時間:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCP 47 language tags, separated by commas</source>
        <translation>BCP 47 言語タグ (カンマ区切り)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only missing and stale strings (keep existing translations)</source>
        <translation>未翻訳と古い文字列のみ (既存の翻訳は保持)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translate</source>
        <translation>翻訳(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TranslationMemoryDialog</name>
    <message>
        <location filename="../editor/app/memory_dialog.py" line="+81"/>
        <source>Translation memory</source>
        <translation>翻訳メモリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Entries</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export TMX…</source>
        <translation>TMX をエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import TMX…</source>
        <translation>TMX をインポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation>消去…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+13"/>
        <source>people, imports</source>
        <translation>人手・インポート</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n entries in all</source>
        <translation>
            <numerusform>合計 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+9"/>
        <source>Export TMX</source>
        <translation>TMX をエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n 件を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Import TMX</source>
        <translation>TMX をインポート</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n entries from %1.</source>
        <translation>
            <numerusform>%1 から %n 件をインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n entries from the translation memory? This cannot be undone.</source>
        <translation>
            <numerusform>翻訳メモリから %n 件を削除しますか？元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear translation memory</source>
        <translation>翻訳メモリを消去</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>%n 件を削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../editor/app/window_actions.py" line="+14"/>
        <source>The templates could not be read: %1</source>
        <translation>テンプレートを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 (%2 KB)</source>
        <translation>%1 をエクスポートしました (%2 KB)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Auto Layout</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>About Diagram Editor</source>
        <translation>Diagram Editor について</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../editor/app/window_menus.py" line="+66"/>
        <source>Clear Recent Files</source>
        <translation>最近使ったファイルの一覧を消去</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagram language</source>
        <translation>ダイアグラムの言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>メイン ツールバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>%1 を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>%1 をやり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
</context>
<context>
    <name>WindowParts</name>
    <message>
        <location filename="../editor/app/window_parts.py" line="+88"/>
        <source>Image %1 takes too long to draw; it is shown crossed out and export refuses it.</source>
        <translation>画像 %1 は描画に時間がかかりすぎます。×印付きで表示され、エクスポートでも拒否されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>開いた状態</translation>
    </message>
</context>
</TS>
