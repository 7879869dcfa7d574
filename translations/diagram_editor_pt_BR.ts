<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="+255"/>
        <source>Technical infographics that live in many languages: boxes and arrows on a hand-drawn canvas, every label translatable, exported as PNG or SVG.</source>
        <translation>Infográficos técnicos em vários idiomas: caixas e setas em uma tela desenhada à mão, cada rótulo traduzível, exportados como PNG ou SVG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Icons from qtawesome; handwriting font Caveat (SIL Open Font License).</source>
        <translation>Ícones do qtawesome; fonte manuscrita Caveat (SIL Open Font License).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../editor/actions/file_edit_actions.py" line="+10"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New from Te&amp;mplate…</source>
        <translation>Novo a partir de &amp;modelo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export PNG or SVG…</source>
        <translation>&amp;Exportar como PNG ou SVG…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>Fec&amp;har</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dup&amp;licate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select &amp;All</source>
        <translation>&amp;Selecionar tudo</translation>
    </message>
    <message>
        <location filename="../editor/actions/view_arrange_actions.py" line="+19"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fit to Content</source>
        <translation>Ajustar ao &amp;conteúdo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actual Size (&amp;100%)</source>
        <translation>Tamanho real (&amp;100%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;Grid</source>
        <translation>Mostrar &amp;grade</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Snap to Grid and Elements</source>
        <translation>Encai&amp;xar na grade e nos elementos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Whiteboard Theme</source>
        <translation>Tema &amp;quadro branco</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clean Theme</source>
        <translation>Tema &amp;limpo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Align &amp;Left</source>
        <translation>Alinhar à &amp;esquerda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Centre</source>
        <translation>Centralizar &amp;horizontalmente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Right</source>
        <translation>Alinhar à &amp;direita</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Top</source>
        <translation>Alinhar ao &amp;topo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Middle</source>
        <translation>Centralizar &amp;verticalmente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Align &amp;Bottom</source>
        <translation>Alinhar à &amp;base</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute &amp;Horizontally</source>
        <translation>Distribuir hori&amp;zontalmente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute &amp;Vertically</source>
        <translation>Distribuir vertica&amp;lmente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring to &amp;Front</source>
        <translation>Trazer para a &amp;frente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send to Bac&amp;k</source>
        <translation>Enviar para o f&amp;undo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Auto Layout</source>
        <translation>Layout &amp;automático</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lay the selection, or the whole diagram, out in layers</source>
        <translation>Organizar a seleção, ou o diagrama inteiro, em camadas</translation>
    </message>
    <message>
        <location filename="../editor/actions/language_help_actions.py" line="+10"/>
        <source>&amp;Translate Diagram…</source>
        <translation>&amp;Traduzir diagrama…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translate every label into other languages, as one undo step</source>
        <translation>Traduzir cada rótulo para outros idiomas, em um único passo de desfazer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages &amp;Panel</source>
        <translation>&amp;Painel de idiomas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing, stale and too long translations, per language</source>
        <translation>Traduções ausentes, desatualizadas e longas demais, por idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit Text: &amp;Shrink</source>
        <translation>Ajustar texto: &amp;reduzir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shrink text that does not fit: the selected elements, or the whole diagram when none is selected</source>
        <translation>Reduzir o texto que não cabe: nos elementos selecionados ou no diagrama inteiro quando nada está selecionado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fit Text: &amp;Grow Boxes</source>
        <translation>Ajustar texto: au&amp;mentar caixas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grow boxes until their text fits: the selected ones, or the whole diagram when none is selected</source>
        <translation>Aumentar as caixas até o texto caber: as selecionadas ou o diagrama inteiro quando nada está selecionado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Diagram Editor</source>
        <translation>&amp;Sobre o Diagram Editor</translation>
    </message>
    <message>
        <location filename="../editor/actions/specs.py" line="+121"/>
        <source>&amp;File</source>
        <extracomment>Menu title (translatable, context &quot;Actions&quot;) -&gt; action ids, submenus and ``None`` separators.</extracomment>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Insert</source>
        <extracomment>The shortcuts the table spells out, e.g. Duplicate&apos;s &quot;Ctrl+D&quot;. Keys of Sun and multimedia keyboards that Qt adds to standard keys (F14 is Undo, F20 Cut...): they stay bound, but a list for people shows only keys a common keyboard has. A submenu the app fills at run time (recent files, content languages). The canvas menu&apos;s Insert submenu: the Insert menu&apos;s entries under its title. Runs of entries that stand both in the menu bar and in the canvas&apos;s right-click menu. The canvas tools (Insert menu and the tools bar): a press on the canvas makes what they say.</extracomment>
        <translation>Inse&amp;rir</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Organizar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../editor/actions/insert_actions.py" line="+30"/>
        <source>&amp;Box</source>
        <translation>&amp;Caixa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a box in the middle of the view and edit its name</source>
        <translation>Adicionar uma caixa no meio da visualização e editar seu nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Heading</source>
        <translation>Ca&amp;beçalho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Caption Text</source>
        <translation>&amp;Rótulo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;allout</source>
        <translation>B&amp;alão</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legend</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Frame</source>
        <translation>&amp;Moldura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a titled frame behind everything, to group elements</source>
        <translation>Adicionar uma moldura com título atrás de tudo, para agrupar elementos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit Text</source>
        <extracomment>Edit menu: text and legend entries of the selected element.</extracomment>
        <translation>Editar te&amp;xto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Legend E&amp;ntry</source>
        <translation>Adicionar e&amp;ntrada de legenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an entry below the clicked one (or at the end) and edit it</source>
        <translation>Adicionar uma entrada abaixo da clicada (ou no fim) e editá-la</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve Legend Entry</source>
        <translation>Re&amp;mover entrada de legenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the clicked entry (or the last one)</source>
        <translation>Remover a entrada clicada (ou a última)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Straight Arrows</source>
        <extracomment>Arrange menu: how the selected arrows run.</extracomment>
        <translation>Setas &amp;retas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Orthogonal Arrows</source>
        <translation>Setas &amp;ortogonais</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;urved Arrows</source>
        <translation>Setas &amp;curvas</translation>
    </message>
    <message>
        <location filename="../editor/app/action_builder.py" line="+106"/>
        <source>%1 failed: %2</source>
        <extracomment>Where ``canvas_only`` shortcuts listen (the window itself when there is no canvas).</extracomment>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../editor/actions/tool_actions.py" line="+38"/>
        <source>&amp;Select Tool</source>
        <translation>Ferramenta de &amp;seleção</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select, move and resize elements</source>
        <translation>Selecionar, mover e redimensionar elementos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bo&amp;x Tool</source>
        <translation>Ferramenta ca&amp;ixa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a box</source>
        <translation>Clique ou arraste na tela para adicionar uma caixa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elli&amp;pse Tool</source>
        <translation>Ferramenta eli&amp;pse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add an ellipse</source>
        <translation>Clique ou arraste na tela para adicionar uma elipse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Diamond Tool</source>
        <translation>Ferramenta losan&amp;go</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a diamond</source>
        <translation>Clique ou arraste na tela para adicionar um losango</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;rrow Tool</source>
        <translation>Ferramenta s&amp;eta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag from a box or the canvas to another: ends on a box bind to it, others stay free</source>
        <translation>Arraste de uma caixa ou da tela até outra: pontas sobre uma caixa se ligam a ela, as demais ficam livres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ext Tool</source>
        <translation>Ferramenta te&amp;xto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click on the canvas to add a text</source>
        <translation>Clique na tela para adicionar um texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fra&amp;me Tool</source>
        <translation>Ferramenta mol&amp;dura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or drag on the canvas to add a frame</source>
        <translation>Clique ou arraste na tela para adicionar uma moldura</translation>
    </message>
    <message>
        <location filename="../editor/actions/group_style_actions.py" line="+24"/>
        <source>&amp;Group</source>
        <translation>A&amp;grupar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the selection one group that moves, copies and deletes as one</source>
        <translation>Tornar a seleção um grupo que se move, copia e exclui como uma unidade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U&amp;ngroup</source>
        <translation>De&amp;sagrupar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&amp;ock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked elements cannot be moved, resized, edited or deleted</source>
        <translation>Elementos bloqueados não podem ser movidos, redimensionados, editados nem excluídos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y Style</source>
        <translation>Copiar est&amp;ilo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste &amp;Style</source>
        <translation>Colar esti&amp;lo</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../editor/app/property_editors.py" line="+186"/>
        <source>Theme default</source>
        <translation>Padrão do tema</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Mixed</source>
        <translation>Misto</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location line="-144"/>
        <location line="+13"/>
        <source>Theme</source>
        <extracomment>What a mixed selection shows and what &quot;follow the theme&quot; shows (set by retranslate()).</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+39"/>
        <source>Choose a colour</source>
        <translation>Escolher uma cor</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>A colour as #rrggbb; empty follows the theme</source>
        <translation>Uma cor no formato #rrggbb; vazio segue o tema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mixed</source>
        <translation>Misto</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../editor/commands/base.py" line="+16"/>
        <source>Edit</source>
        <translation>Edição</translation>
    </message>
    <message>
        <location filename="../editor/commands/elements.py" line="+16"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <location filename="../editor/canvas/operations.py" line="+37"/>
        <source>Align left</source>
        <extracomment>Undo step names of the arranging and adding operations, by their argument.</extracomment>
        <translation>Alinhar à esquerda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align centre</source>
        <translation>Centralizar horizontalmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align right</source>
        <translation>Alinhar à direita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align top</source>
        <translation>Alinhar ao topo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align middle</source>
        <translation>Centralizar verticalmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align bottom</source>
        <translation>Alinhar à base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribute horizontally</source>
        <translation>Distribuir horizontalmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute vertically</source>
        <translation>Distribuir verticalmente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add title</source>
        <translation>Adicionar título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add heading</source>
        <translation>Adicionar cabeçalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add caption</source>
        <translation>Adicionar rótulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add callout</source>
        <translation>Adicionar balão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add legend</source>
        <translation>Adicionar legenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add frame</source>
        <translation>Adicionar moldura</translation>
    </message>
    <message>
        <location filename="../editor/canvas/clipboard.py" line="+35"/>
        <location filename="../editor/commands/elements.py" line="+224"/>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Nothing to add: an arrow needs the boxes it connects</source>
        <translation>Nada a adicionar: uma seta precisa das caixas que conecta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing pasted: the clipboard&apos;s %1</source>
        <translation>Nada foi colado: área de transferência %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../editor/canvas/operations.py" line="+129"/>
        <source>Add box</source>
        <translation>Adicionar caixa</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connect to new box</source>
        <translation>Conectar a uma nova caixa</translation>
    </message>
    <message>
        <location filename="../editor/commands/geometry.py" line="+16"/>
        <source>Arrange</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resize %1</source>
        <translation>Redimensionar %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reconnect %1</source>
        <translation>Reconectar %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move waypoints of %1</source>
        <translation>Mover os pontos de passagem de %1</translation>
    </message>
    <message>
        <location filename="../editor/commands/properties.py" line="+44"/>
        <source>Edit text of %1</source>
        <extracomment>The pseudo element id that ``iter_texts`` uses for the document title.</extracomment>
        <translation>Editar o texto de %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change %1</source>
        <translation>Alterar %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change style</source>
        <translation>Alterar o estilo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paste style</source>
        <translation>Colar estilo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change document settings</source>
        <translation>Alterar as configurações do documento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring to front</source>
        <translation>Trazer para a frente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to back</source>
        <translation>Enviar para o fundo</translation>
    </message>
    <message>
        <location filename="../editor/commands/titles.py" line="+68"/>
        <source>box</source>
        <extracomment>The Qt Linguist context of every undo step name (lupdate needs it spelled out in each mark).</extracomment>
        <translation>a caixa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrow</source>
        <translation>a seta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>o texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legend</source>
        <translation>a legenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>a moldura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>a imagem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element</source>
        <translation>o elemento</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>palette role</source>
        <extracomment>Names of the fields that &quot;Change %1&quot; speaks of; others are shown as the field&apos;s own name.</extracomment>
        <translation>o papel na paleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill</source>
        <translation>o preenchimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stroke</source>
        <translation>o traço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stroke width</source>
        <translation>a espessura do traço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dash</source>
        <translation>o padrão de traço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corner radius</source>
        <translation>o raio dos cantos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opacity</source>
        <translation>a opacidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand-drawn look</source>
        <translation>o aspecto desenhado à mão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roughness</source>
        <translation>a rugosidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font</source>
        <translation>a fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size</source>
        <translation>o tamanho da fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text colour</source>
        <translation>a cor do texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text fit</source>
        <translation>o ajuste do texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing</source>
        <translation>o traçado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start head</source>
        <translation>a ponta inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end head</source>
        <translation>a ponta final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icon</source>
        <translation>o ícone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text role</source>
        <translation>o papel do texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock</source>
        <translation>o bloqueio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outline</source>
        <translation>contorno</translation>
    </message>
    <message>
        <location filename="../editor/i18n/undo.py" line="+31"/>
        <source>no language</source>
        <translation>nenhum idioma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Translate into %1</source>
        <translation>Traduzir para %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1 translations</source>
        <translation>Importar traduções de %1</translation>
    </message>
    <message>
        <location filename="../editor/app/fit.py" line="+32"/>
        <source>Shrink text to fit</source>
        <translation>Reduzir o texto para caber</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shrink text to fit (whole diagram)</source>
        <translation>Reduzir o texto para caber (diagrama inteiro)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Grow boxes to fit</source>
        <translation>Aumentar as caixas para o texto caber</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grow boxes to fit (whole diagram)</source>
        <translation>Aumentar as caixas para o texto caber (diagrama inteiro)</translation>
    </message>
    <message>
        <location filename="../editor/app/icon_picker.py" line="+238"/>
        <source>Set icon</source>
        <translation>Definir ícone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove icon</source>
        <translation>Remover ícone</translation>
    </message>
    <message>
        <location filename="../editor/app/languages_dock.py" line="+266"/>
        <source>Keep text size and boxes</source>
        <translation>Manter o tamanho do texto e as caixas</translation>
    </message>
    <message>
        <location filename="../editor/canvas/interactions.py" line="+272"/>
        <source>Connect</source>
        <extracomment>A connection dropped on empty canvas at least this far (screen pixels) from its handle makes a new box there (as draw.io does); closer, it is taken for a slip and dropped.</extracomment>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../editor/canvas/scene_editing.py" line="+358"/>
        <source>Cut</source>
        <extracomment>Shift+arrow; with snapping on, one grid cell instead, so what sits on the grid stays on it. Nudges closer together than this (ms) with the same selection are one undo step. The canvas tool changed (its name, ``actions.tool_actions.TOOLS``). A locked tool stays after it made something (else the scene hands back to select). A press on a selected element that may become a drag: (id to keep alone on a click, point).</extracomment>
        <translation>Recortar</translation>
    </message>
    <message>
        <location filename="../editor/app/legend_entries.py" line="+55"/>
        <source>Add entry to %1</source>
        <extracomment>The stand-in text an empty entry is laid out with, to find where its text goes. How far the editor of an entry stays from the legend&apos;s side edges.</extracomment>
        <translation>Adicionar entrada a %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove entry from %1</source>
        <translation>Remover entrada de %1</translation>
    </message>
    <message>
        <location filename="../editor/app/window_actions.py" line="+23"/>
        <source>Auto Layout</source>
        <translation>Layout automático</translation>
    </message>
    <message>
        <location filename="../editor/canvas/tools.py" line="+28"/>
        <source>Add arrow</source>
        <extracomment>Screen pixels a press must travel before it counts as a drag (an arrow, a sized element).</extracomment>
        <translation>Adicionar seta</translation>
    </message>
    <message>
        <location filename="../editor/canvas/group_marks.py" line="+136"/>
        <source>Resize group</source>
        <extracomment>How far (screen pixels) a group&apos;s frame stands off its members, and its corner marks&apos; size.</extracomment>
        <translation>Redimensionar grupo</translation>
    </message>
    <message>
        <location filename="../editor/canvas/scene_groups.py" line="+25"/>
        <source>Lock</source>
        <extracomment>The fields whose change makes the scene work out its locks and groups again.</extracomment>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Locked elements stay as they are: unlock them first</source>
        <extracomment>The group a double-click entered: clicks inside it pick single members.</extracomment>
        <translation>Elementos bloqueados ficam como estão: desbloqueie-os primeiro</translation>
    </message>
    <message>
        <location filename="../editor/commands/groups.py" line="+118"/>
        <source>Group</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ungroup</source>
        <translation>Desagrupar</translation>
    </message>
</context>
<context>
    <name>ContentLanguageActions</name>
    <message>
        <location filename="../editor/app/content_language_actions.py" line="+63"/>
        <source>Translated %1 strings into %2 (%3 requests).</source>
        <translation>%1 textos traduzidos para %2 (%3 solicitações).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n label(s) too long: see the Languages panel.</source>
        <translation>
            <numerusform>%n rótulo longo demais: veja o painel Idiomas.</numerusform>
            <numerusform>%n rótulos longos demais: veja o painel Idiomas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to fit: the selection has no text boxes.</source>
        <translation>Nada a ajustar: a seleção não tem caixas de texto.</translation>
    </message>
</context>
<context>
    <name>DiagramLanguages</name>
    <message>
        <location filename="../editor/app/diagram_languages.py" line="+36"/>
        <source>%1 — source</source>
        <translation>%1 — idioma de origem</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../editor/app/document_files.py" line="+58"/>
        <source>Untitled</source>
        <extracomment>Set when restored work has no undo history yet still differs from the file.</extracomment>
        <translation>Sem título</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Salvar as alterações em “%1” antes de fechar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Se você não salvar, suas alterações serão perdidas.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open Diagram</source>
        <translation>Abrir diagrama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagrams (*.diagram.json *.json *.png);;draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;All files (*)</source>
        <translation>Diagramas (*.diagram.json *.json *.png);;draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Imported %1 (%2); %3 kinds of loss, for example: %4</source>
        <translation>%1 importado (%2); %3 tipos de perda, por exemplo: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 (%2); nothing was lost</source>
        <translation>%1 importado (%2); nada foi perdido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Page</source>
        <translation>Importar página</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This file has %n page(s). Which one should open?</source>
        <translation>
            <numerusform>Este arquivo tem %n página. Qual deve ser aberta?</numerusform>
            <numerusform>Este arquivo tem %n páginas. Qual deve ser aberta?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Open Diagram</source>
        <translation>Não é possível abrir o diagrama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be opened.</source>
        <translation>Não foi possível abrir “%1”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Diagram</source>
        <translation>Salvar diagrama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagrams (*.diagram.json)</source>
        <translation>Diagramas (*.diagram.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Save Diagram</source>
        <translation>Não é possível salvar o diagrama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving failed: %1</source>
        <translation>Falha ao salvar: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../editor/app/export_dialog.py" line="+187"/>
        <location line="+54"/>
        <source>Export Image</source>
        <extracomment>the language list&apos;s last entry when the document has several: all of them in one file SVG and PDF: every language of the document in one file (``export --lang all``), not ``language``</extracomment>
        <translation>Exportar imagem</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding</source>
        <translation>Margem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>96 × scale</source>
        <translation>96 × escala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the grid</source>
        <translation>Incluir a grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embed the fonts used (SVG)</source>
        <translation>Incorporar as fontes usadas (SVG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As outlines, for readers without the fonts (SVG)</source>
        <translation>Como contornos, para leitores sem as fontes (SVG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All languages, in one file (SVG, PDF)</source>
        <translation>Todos os idiomas em um arquivo (SVG, PDF)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagem SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IconPickerDock</name>
    <message>
        <location filename="../editor/app/icon_picker.py" line="-85"/>
        <source>Icons</source>
        <extracomment>Icons drawn per batch while filling the grid, so typing never waits for hundreds of glyphs.</extracomment>
        <translation>Ícones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search icons: database, server, queue…</source>
        <translation>Pesquisar ícones: database, server, queue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to Selection</source>
        <translation>Atribuir à seleção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Icon</source>
        <translation>Sem ícone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to assign, or drag onto the canvas to add a box</source>
        <translation>Clique duas vezes para atribuir ou arraste para a tela para adicionar uma caixa</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n icons</source>
        <translation>
            <numerusform>%n ícone</numerusform>
            <numerusform>%n ícones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageMenu</name>
    <message>
        <location filename="../editor/app/window_menus.py" line="+62"/>
        <source>Interface Language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interface Language</source>
        <translation>Idioma da &amp;interface</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../editor/app/diagram_languages.py" line="+37"/>
        <source>Diagram language: the language the canvas shows and edits</source>
        <translation>Idioma do diagrama: o idioma que a tela mostra e edita</translation>
    </message>
</context>
<context>
    <name>LanguagesDock</name>
    <message>
        <location filename="../editor/app/languages_dock.py" line="-94"/>
        <source>stale</source>
        <extracomment>The badge an element shows when several of its texts are pending: the most urgent wins.</extracomment>
        <translation>desatualizado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to review</source>
        <translation>a revisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too long by %1 px</source>
        <translation>%1 px longo demais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document title</source>
        <translation>título do documento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 missing, %2 stale, %3 to review, %4 too long</source>
        <translation>ausentes: %1, desatualizados: %2, a revisar: %3, longos demais: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 missing</source>
        <translation>ausentes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stale</source>
        <translation>desatualizados: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to review</source>
        <translation>a revisar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 too long</source>
        <translation>longos demais: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagram has no translations yet. Use Language &gt; Translate Diagram… to add some.</source>
        <translation>O diagrama ainda não tem traduções. Use Idioma &gt; Traduzir diagrama… para adicioná-las.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 languages complete and fitting.</source>
        <translation>%1 de %2 idiomas completos e sem estouro.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When text does not fi&amp;t:</source>
        <translation>Quando o texto não &amp;cabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave as is</source>
        <translation>Deixar como está</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shrink the text</source>
        <translation>Reduzir o texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grow the box</source>
        <translation>Aumentar a caixa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shrink Text</source>
        <translation>Re&amp;duzir texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrink the chosen elements&apos; text to fit (down to its minimum size)</source>
        <translation>Reduzir o texto dos elementos escolhidos para caber (até o tamanho mínimo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grow Box</source>
        <translation>Au&amp;mentar caixa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the chosen elements until their text fits in every language</source>
        <translation>Aumentar os elementos escolhidos até o texto caber em todos os idiomas</translation>
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
            <numerusform>%n selecionado</numerusform>
            <numerusform>%n selecionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../editor/app/property_editors.py" line="+56"/>
        <source>Mixed</source>
        <translation>Misto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <location filename="../editor/app/properties_dock.py" line="+67"/>
        <source>Palette role</source>
        <translation>Papel na paleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill</source>
        <translation>Preenchimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stroke</source>
        <translation>Traço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stroke width</source>
        <translation>Espessura do traço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dash</source>
        <translation>Padrão de traço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner radius</source>
        <translation>Raio dos cantos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity</source>
        <translation>Opacidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-drawn</source>
        <translation>Desenhado à mão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roughness</source>
        <translation>Rugosidade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Font</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size</source>
        <translation>Tamanho da fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text colour</source>
        <translation>Cor do texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routing</source>
        <translation>Traçado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start head</source>
        <translation>Ponta inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End head</source>
        <translation>Ponta final</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+18"/>
        <location line="+11"/>
        <source>Arrow</source>
        <translation>Seta</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>On</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Box</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>Moldura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triangle</source>
        <translation>Triângulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Diamond</source>
        <translation>Losango</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Solid</source>
        <translation>Contínuo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashed</source>
        <translation>Tracejado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dotted</source>
        <translation>Pontilhado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight</source>
        <translation>Reto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-angled</source>
        <translation>Em ângulo reto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curved</source>
        <translation>Curvo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rectangle</source>
        <translation>Retângulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>Elipse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cylinder</source>
        <translation>Cilindro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>Nuvem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Ator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hexagon</source>
        <translation>Hexágono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallelogram</source>
        <translation>Paralelogramo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>Estádio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read path</source>
        <translation>Caminho de leitura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write path</source>
        <translation>Caminho de escrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent</source>
        <translation>Destaque</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Caution</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted</source>
        <translation>Atenuado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing selected. Select elements on the canvas to edit their style.</source>
        <translation>Nada selecionado. Selecione elementos na tela para editar o estilo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n elements selected</source>
        <translation>
            <numerusform>%n elemento selecionado</numerusform>
            <numerusform>%n elementos selecionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/app/recovery_dialog.py" line="+75"/>
        <source>Recover Unsaved Work</source>
        <translation>Recuperar trabalho não salvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagram Editor closed unexpectedly. Unsaved changes to “%1” from %2 were kept.</source>
        <translation>O Diagram Editor foi fechado inesperadamente. As alterações não salvas em “%1” de %2 foram mantidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with Saved File</source>
        <translation>Comparar com o arquivo salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recovered diagram is the same as the saved file.</source>
        <translation>O diagrama recuperado é igual ao arquivo salvo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="-129"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New diagrams</source>
        <translation>Novos diagramas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas</source>
        <translation>Tela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content translation</source>
        <translation>Tradução do conteúdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Theme for new diagrams</source>
        <translation>Tema para novos diagramas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid size for new diagrams</source>
        <translation>Tamanho da grade para novos diagramas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapping</source>
        <translation>Encaixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave every</source>
        <translation>Salvamento automático a cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and after this many edits</source>
        <translation>…e após este número de alterações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whiteboard</source>
        <translation>Quadro branco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clean</source>
        <translation>Limpo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the grid in new diagrams</source>
        <translation>Mostrar a grade em novos diagramas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap to the grid and to other elements</source>
        <translation>Encaixar na grade e em outros elementos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API keys are kept in your user settings only; they are never written into a diagram.</source>
        <translation>As chaves de API ficam apenas nas suas configurações de usuário; nunca são gravadas em um diagrama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation memory…</source>
        <translation>Memória de tradução…</translation>
    </message>
</context>
<context>
    <name>Shapes</name>
    <message>
        <location filename="../editor/app/shapes_dock.py" line="+58"/>
        <source>%1: click to add it in the middle of the view, or drag it onto the canvas</source>
        <extracomment>The narrowest cell and every cell&apos;s height; cells widen to share the dock&apos;s width evenly. Pixels a row keeps free: QListView wraps a row whose cells fill the viewport exactly. Pixels around a cell&apos;s text: the item padding and the view&apos;s own margins on both sides.</extracomment>
        <translation>%1: clique para adicioná-lo no meio da visualização ou arraste-o para a tela</translation>
    </message>
    <message>
        <location filename="../editor/app/palette_entries.py" line="+64"/>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles requests</source>
        <translation>Atende requisições</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stores records</source>
        <translation>Armazena registros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps hot data in memory</source>
        <translation>Mantém dados frequentes na memória</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers messages</source>
        <translation>Armazena mensagens em buffer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs background jobs</source>
        <translation>Executa tarefas em segundo plano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser or app</source>
        <translation>Navegador ou aplicativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callout</source>
        <translation>Balão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>Moldura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectangle</source>
        <translation>Retângulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>Elipse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diamond</source>
        <translation>Losango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cylinder</source>
        <translation>Cilindro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>Nuvem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Ator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hexagon</source>
        <translation>Hexágono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallelogram</source>
        <translation>Paralelogramo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>Estádio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticky note</source>
        <translation>Nota adesiva</translation>
    </message>
</context>
<context>
    <name>ShapesDock</name>
    <message>
        <location filename="../editor/app/shapes_dock.py" line="+286"/>
        <source>Shapes</source>
        <translation>Formas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search shapes and icons</source>
        <translation>Pesquisar formas e ícones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes</source>
        <translation>Caixas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlines</source>
        <translation>Contornos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text and Layout</source>
        <translation>Texto e layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icons</source>
        <translation>Ícones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches.</source>
        <translation>Nada encontrado.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../editor/app/dialogs.py" line="+73"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>StyleQuickBar</name>
    <message>
        <location filename="../editor/app/style_quick_bar.py" line="+257"/>
        <source>Palette role: %1</source>
        <extracomment>Room (viewport pixels) between the selection and the bar, and how often a hidden bar looks again whether the text being edited was closed (closing without a change sends no signal). A style was copied (Paste Style becomes available). The Properties panel&apos;s names for palette roles and dashes, in the interface language.</extracomment>
        <translation>Papel na paleta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand-drawn on or off</source>
        <translation>Desenhado à mão: ligado ou desligado</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../editor/app/template_dialog.py" line="+156"/>
        <source>New from Template</source>
        <translation>Novo a partir de modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new diagram from a ready-made layout, in your language when the template has it.</source>
        <translation>Comece um novo diagrama a partir de um layout pronto, no seu idioma quando o modelo o tiver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <location filename="../editor/app/translate_dialog.py" line="+183"/>
        <source>“%1” is not a language tag (write tags such as pt-PT or zh-Hant).</source>
        <extracomment>Offered with a checkbox each; anything else goes in the free field as a BCP 47 tag.</extracomment>
        <translation>“%1” não é uma etiqueta de idioma (escreva etiquetas como pt-PT ou zh-Hant).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one language to translate into.</source>
        <translation>Escolha pelo menos um idioma de destino.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Translating into %1…</source>
        <translation>Traduzindo para %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling… (waiting for the requests under way)</source>
        <translation>Cancelando… (aguardando as solicitações em andamento)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>%1 of %2 strings translated (%3), %4 requests</source>
        <translation>%1 de %2 textos traduzidos (%3), %4 solicitações</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: %1 strings into %2 with %3 requests.</source>
        <translation>Concluído: %1 textos para %2 com %3 solicitações.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translation failed: %1
The diagram is unchanged; strings translated before the failure are kept for the next try.</source>
        <translation>Falha na tradução: %1
O diagrama não foi alterado; os textos traduzidos antes da falha ficam guardados para a próxima tentativa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled after %1 of %2 strings. The diagram is unchanged.</source>
        <translation>Cancelado após %1 de %2 textos. O diagrama não foi alterado.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n language(s) chosen</source>
        <translation>
            <numerusform>%n idioma escolhido</numerusform>
            <numerusform>%n idiomas escolhidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No language chosen</source>
        <translation>Nenhum idioma escolhido</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Translate Diagram</source>
        <translation>Traduzir diagrama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into:</source>
        <translation>Traduzir para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other languages:</source>
        <translation>Outros idiomas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Provedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation>Endereço do servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait per request:</source>
        <translation>Espera por solicitação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCP 47 language tags, separated by commas</source>
        <translation>Etiquetas de idioma BCP 47, separadas por vírgulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only missing and stale strings (keep existing translations)</source>
        <translation>Somente textos ausentes e desatualizados (manter as traduções existentes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translate</source>
        <translation>&amp;Traduzir</translation>
    </message>
</context>
<context>
    <name>TranslationMemoryDialog</name>
    <message>
        <location filename="../editor/app/memory_dialog.py" line="+81"/>
        <source>Translation memory</source>
        <translation>Memória de tradução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export TMX…</source>
        <translation>Exportar TMX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import TMX…</source>
        <translation>Importar TMX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation>Limpar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>All providers</source>
        <translation>Todos os provedores</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+13"/>
        <source>people, imports</source>
        <translation>pessoas, importações</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n entries in all</source>
        <translation>
            <numerusform>%n entrada no total</numerusform>
            <numerusform>%n entradas no total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+9"/>
        <source>Export TMX</source>
        <translation>Exportar TMX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrada exportada para %1.</numerusform>
            <numerusform>%n entradas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Import TMX</source>
        <translation>Importar TMX</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n entries from %1.</source>
        <translation>
            <numerusform>%n entrada importada de %1.</numerusform>
            <numerusform>%n entradas importadas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n entries from the translation memory? This cannot be undone.</source>
        <translation>
            <numerusform>Excluir %n entrada da memória de tradução? Isso não pode ser desfeito.</numerusform>
            <numerusform>Excluir %n entradas da memória de tradução? Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear translation memory</source>
        <translation>Limpar a memória de tradução</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>%n entrada excluída.</numerusform>
            <numerusform>%n entradas excluídas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../editor/app/window_actions.py" line="+14"/>
        <source>The templates could not be read: %1</source>
        <translation>Não foi possível ler os modelos: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export Failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 (%2 KB)</source>
        <translation>%1 exportado (%2 KB)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Auto Layout</source>
        <translation>Layout automático</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>About Diagram Editor</source>
        <translation>Sobre o Diagram Editor</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../editor/app/window_menus.py" line="+66"/>
        <source>Clear Recent Files</source>
        <translation>Limpar arquivos recentes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagram language</source>
        <translation>Idioma do diagrama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
</context>
<context>
    <name>WindowParts</name>
    <message>
        <location filename="../editor/app/window_parts.py" line="+88"/>
        <source>Image %1 takes too long to draw; it is shown crossed out and export refuses it.</source>
        <translation>A imagem %1 demora demais para ser desenhada; ela aparece riscada e a exportação a recusa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
</context>
</TS>
