<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChangePassphrase</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="+670"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypting your journals and their backups anew…</source>
        <translation>Cifrando de nuevo sus diarios y sus copias de seguridad…</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../journal_app/ui/editors/checklist.py" line="+36"/>
        <source>Other: your words</source>
        <translation>Otro: en sus propias palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what else…</source>
        <translation>Indique qué más…</translation>
    </message>
</context>
<context>
    <name>CompileHandIns</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="-225"/>
        <source>Compile hand-ins</source>
        <translation>Compilar las entregas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the hand-ins to compile</source>
        <translation>Elija las entregas que desea compilar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand-ins and submissions exports (*.journal.zip *.zip *.csv *.xlsx)</source>
        <translation>Entregas y exportaciones de envíos (*.journal.zip *.zip *.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Checking %n hand-ins…</source>
        <translation>
            <numerusform>Comprobando %n entrega…</numerusform>
            <numerusform>Comprobando %n entregas…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A submissions export does not say which prompt pack its form was made from. Open a journal of that pack, then compile again.</source>
        <translation>Una exportación de envíos no indica de qué paquete de preguntas se hizo su formulario. Abra un diario de ese paquete y vuelva a compilar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}: this hand-in is for the prompt pack “{1}”, the others for “{2}”. Compile the hand-ins of one pack at a time.</source>
        <translation>{0}: esta entrega es del conjunto de preguntas «{1}», las demás de «{2}». Compile las entregas de un solo conjunto a la vez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These hand-ins are for the prompt pack “{0}”, which this app does not have. Open it first (File ▸ Open prompt pack…), then compile again.</source>
        <translation>Estas entregas son del conjunto de preguntas «{0}», que esta aplicación no tiene. Ábralo primero (Archivo ▸ Abrir conjunto de preguntas…) y vuelva a compilar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These files beside {0} exist already and will be replaced:

{1}</source>
        <translation>Estos archivos junto a {0} ya existen y se reemplazarán:

{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace them?</source>
        <translation>¿Reemplazarlos?</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Compiling %n hand-ins…</source>
        <translation>
            <numerusform>Compilando %n entrega…</numerusform>
            <numerusform>Compilando %n entregas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompileOptionsDialog</name>
    <message>
        <location line="-458"/>
        <source>Compile hand-ins</source>
        <translation>Compilar entregas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the participants&apos; journal names</source>
        <translation>Mostrar los nombres de los diarios de los participantes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For each prompt, this many answers are quoted, spread evenly over the participants; the rest are counted. Every answer is in the CSV.</source>
        <translation>Para cada pregunta se cita este número de respuestas, repartidas por igual entre los participantes; las demás se cuentan. Todas las respuestas están en el CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add every answer as an appendix</source>
        <translation>Agregar todas las respuestas como anexo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the answers as a spreadsheet (.xlsx) and a CSV file</source>
        <translation>Escribir también las respuestas en una hoja de cálculo (.xlsx) y un archivo CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (.docx), to edit</source>
        <translation>Documento de Word (.docx), para editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF and Word document</source>
        <translation>PDF y documento de Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome document as:</source>
        <translation>Documento de resultados como:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers quoted per prompt:</source>
        <translation>Respuestas citadas por pregunta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../journal_app/ui/drawing_pad.py" line="+141"/>
        <source>Drawing area</source>
        <translation>Área de dibujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw with the mouse, a pen or a finger. Ctrl+Z undoes the last stroke.</source>
        <translation>Dibuje con el mouse, un lápiz óptico o el dedo. Ctrl+Z deshace el último trazo.</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <location line="+150"/>
        <source>Drawing</source>
        <translation>Dibujo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thin pen</source>
        <translation>Trazo fino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium pen</source>
        <translation>Trazo mediano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thick pen</source>
        <translation>Trazo grueso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>Deshacer el último trazo (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the sheet (Ctrl+Z brings it back)</source>
        <translation>Borrar toda la hoja (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add drawing</source>
        <translation>Agregar dibujo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Discard the drawing?</source>
        <translation>¿Descartar el dibujo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drawing has not been added. Close the pad and discard it?</source>
        <translation>El dibujo no se ha agregado. ¿Desea cerrar la hoja de dibujo y descartarlo?</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="-83"/>
        <source>Export PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Word document</source>
        <translation>Exportar documento de Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, or leave empty</source>
        <translation>Su nombre, o déjelo vacío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written on the title page and in the document&apos;s properties; remembered for this journal.</source>
        <translation>Se escribe en la portada y en las propiedades del documento; se recuerda para este diario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed on the cover and in the PDF&apos;s properties; remembered for this journal.</source>
        <translation>Se imprime en la portada y en las propiedades del PDF; se recuerda para este diario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out prompts I have not answered</source>
        <translation>No incluir las preguntas que no he respondido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty workbook to fill in by hand (no answers)</source>
        <translation>Un cuaderno en blanco para completar a mano (sin respuestas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my private answers (each marked as private)</source>
        <translation>Incluir mis respuestas privadas (cada una marcada como privada)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;My answers&quot;: a short document with only what you answered, in the sections that have answers, and the journal&apos;s attribution brief on the cover.</source>
        <translation>«Mis respuestas»: un documento corto solo con lo que respondió, en las secciones que tienen respuestas, y la atribución del diario breve en la portada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name on the cover:</source>
        <translation>Nombre en la portada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size:</source>
        <translation>Tamaño del papel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../journal_app/ui/page.py" line="+74"/>
        <source>Section {0}: {1}</source>
        <translation>Sección {0}: {1}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Item {0} of the printed journal could not be recovered.</source>
        <translation>No se pudo recuperar el elemento {0} del diario impreso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An item of the printed journal could not be recovered.</source>
        <translation>No se pudo recuperar un elemento del diario impreso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source of the printed journal is damaged here. Rather than guess its words, the app leaves the item out. Help ▸ About this edition tells more.</source>
        <translation>La fuente del diario impreso está dañada aquí. En lugar de adivinar sus palabras, la aplicación omite el elemento. Ayuda ▸ Acerca de esta edición explica más.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../journal_app/ui/home.py" line="+43"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Journal name</source>
        <translation>Nombre del diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Section {0}: {1}</source>
        <translation>Sección {0}: {1}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Journal: {0}</source>
        <translation>Diario: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start Section {0}</source>
        <translation>Empezar la sección {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue Section {0}</source>
        <translation>Seguir con la sección {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look through Section {0}</source>
        <translation>Repasar la sección {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look through</source>
        <translation>Repasar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue where you left off</source>
        <translation>Seguir donde lo dejó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were at: {0}</source>
        <translation>Estaba en: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start the journal</source>
        <translation>Empezar el diario</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Continue</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers are saved as you type; come back to any prompt at any time.</source>
        <translation>Sus respuestas se guardan mientras escribe; vuelva a cualquier pregunta cuando quiera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers are kept on this computer only, in {0}, encrypted with your passphrase. Nothing is sent anywhere.</source>
        <translation>Sus respuestas se guardan solo en este equipo, en {0}, cifradas con su frase de contraseña. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers are kept on this computer only, in {0}. Nothing is sent anywhere.</source>
        <translation>Sus respuestas se guardan solo en este ordenador, en {0}. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} answered · {1} skipped · {2} open</source>
        <translation>{0} respondidas · {1} omitidas · {2} pendientes</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../../journal_app/ui/editors/image.py" line="+229"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the picture you copied (Ctrl+V)</source>
        <translation>Agregar la imagen que copió (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pictures from files on this computer</source>
        <translation>Agregar imágenes desde archivos de esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw…</source>
        <translation>&amp;Dibujar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a drawing and add it</source>
        <translation>Hacer un dibujo y agregarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of pictures</source>
        <translation>Número de imágenes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No pictures yet. Paste one (Ctrl+V), drop picture files here, choose a file, or make a drawing.</source>
        <translation>Todavía no hay imágenes. Pegue una (Ctrl+V), arrastre aquí archivos de imagen, elija un archivo o haga un dibujo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pictures yet. Paste one (Ctrl+V), drop picture files here, or choose a file.</source>
        <translation>Todavía no hay imágenes. Pegue una (Ctrl+V), arrastre aquí archivos de imagen o elija un archivo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>D&amp;escription (also read aloud by screen readers)</source>
        <translation>De&amp;scripción (los lectores de pantalla también la leen en voz alta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the selected picture</source>
        <translation>Descripción de la imagen seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the picture shows</source>
        <translation>Qué muestra la imagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;left</source>
        <translation>Mover a la &amp;izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move ri&amp;ght</source>
        <translation>Mover a la de&amp;recha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected picture (Delete)</source>
        <translation>Quitar la imagen seleccionada (Supr)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with a picture</source>
        <translation>Problema con una imagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your answer; add a picture or a drawing too</source>
        <translation>Escriba su respuesta; agregue también una imagen o un dibujo</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Drawing {0}</source>
        <translation>Dibujo {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture {0}</source>
        <translation>Imagen {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, no description yet</source>
        <translation>{0}, todavía sin descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No description yet</source>
        <translation>Todavía sin descripción</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>{0} of %n pictures</source>
        <translation>
            <numerusform>{0} de %n imagen</numerusform>
            <numerusform>{0} de %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>{0} was not added: this prompt takes at most %n pictures.</source>
        <translation>
            <numerusform>No se agregó {0}: esta pregunta admite como máximo %n imagen.</numerusform>
            <numerusform>No se agregó {0}: esta pregunta admite como máximo %n imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{0} is {1} MB; pictures up to {2} MB can be added.</source>
        <translation>{0} ocupa {1} MB; se pueden agregar imágenes de hasta {2} MB.</translation>
    </message>
    <message numerus="yes">
        <location line="+167"/>
        <source>This prompt takes at most %n pictures; remove one first.</source>
        <translation>
            <numerusform>Esta pregunta admite como máximo %n imagen; quite una primero.</numerusform>
            <numerusform>Esta pregunta admite como máximo %n imágenes; quite una primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-292"/>
        <source>{0} — remove one to add another</source>
        <translation>{0} — quite una para agregar otra</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The clipboard holds no picture. Copy a picture or a picture file first.</source>
        <translation>El portapapeles no contiene ninguna imagen. Primero copie una imagen o un archivo de imagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pasted picture</source>
        <translation>La imagen pegada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dropped picture</source>
        <translation>La imagen arrastrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only pictures on this computer can be added. Save the picture first, then add the file.</source>
        <translation>Solo se pueden agregar imágenes que estén en esta computadora. Primero guarde la imagen y luego agregue el archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was dropped is not a picture.</source>
        <translation>Lo que arrastró no es una imagen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{0} is not a file.</source>
        <translation>{0} no es un archivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} could not be read ({1}).</source>
        <translation>No se pudo leer {0} ({1}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove drawing {0} from this prompt? This cannot be undone.</source>
        <translation>¿Quitar el dibujo {0} de esta pregunta? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove picture {0} from this prompt? This cannot be undone.</source>
        <translation>¿Quitar la imagen {0} de esta pregunta? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the picture?</source>
        <translation>¿Quitar la imagen?</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose pictures</source>
        <translation>Elegir imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures ({0});;All files (*)</source>
        <translation>Imágenes ({0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The drawing</source>
        <translation>El dibujo</translation>
    </message>
</context>
<context>
    <name>ImportHandIn</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="+497"/>
        <source>Import a hand-in</source>
        <translation>Importar una entrega</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand-ins (*.journal.zip *.zip)</source>
        <translation>Entregas (*.journal.zip *.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}: this hand-in is for the prompt pack “{1}”, which this app does not have. Open it first (File ▸ Open prompt pack…), then import again.</source>
        <translation>{0}: esta entrega es del conjunto de preguntas «{1}», que esta aplicación no tiene. Ábralo primero (Archivo ▸ Abrir conjunto de preguntas…) y vuelva a importar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journal_app/ui/main_window.py" line="+208"/>
        <source>Journal contents</source>
        <translation>Índice del diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find in prompts and answers (Enter: next match)</source>
        <translation>Buscar en preguntas y respuestas (Enter: siguiente resultado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Journal pages</source>
        <translation>Páginas del diario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening your journal…</source>
        <translation>Abriendo su diario…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New journal…</source>
        <translation>&amp;Nuevo diario…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open prompt pack…</source>
        <translation>&amp;Abrir conjunto de preguntas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Switch to</source>
        <translation>Cam&amp;biar a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename journal…</source>
        <translation>&amp;Renombrar diario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete journal…</source>
        <translation>&amp;Eliminar diario…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protect with a &amp;passphrase…</source>
        <translation>Proteger con una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the passphrase…</source>
        <translation>Quitar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar a PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Word document…</source>
        <translation>Exportar documento de &amp;Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand in…</source>
        <translation>En&amp;tregar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand in, &amp;locked with a workshop passphrase…</source>
        <translation>Entregar, b&amp;loqueado con una frase de contraseña del taller…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a hand-in…</source>
        <translation>&amp;Importar una entrega…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compile hand-ins…</source>
        <translation>&amp;Compilar las entregas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal &amp;language</source>
        <translation>&amp;Idioma del diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interface language</source>
        <translation>Idioma de la in&amp;terfaz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About this journal</source>
        <translation>&amp;Acerca de este diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this &amp;edition</source>
        <translation>Acerca de esta &amp;edición</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal&apos;s progress, and where to go next</source>
        <translation>El avance de este diario y cómo seguir</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answered yet</source>
        <translation>todavía sin responder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section {0}: {1}</source>
        <translation>Sección {0}: {1}</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>{0} — {1} — Reflection Journal</source>
        <translation>{0} — {1} — Reflection Journal</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>All answers are saved on this computer.</source>
        <translation>Todas las respuestas se guardan en esta computadora.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>skipped for now</source>
        <translation>omitida por ahora</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} answered · {1} skipped · {2} open</source>
        <translation>{0} respondidas · {1} omitidas · {2} pendientes</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The prompt pack “{0}” of this journal is not available; open it first.</source>
        <translation>El conjunto de preguntas «{0}» de este diario no está disponible; ábralo primero.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open prompt pack</source>
        <translation>Abrir conjunto de preguntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt packs (*.json)</source>
        <translation>Conjuntos de preguntas (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This prompt pack cannot be opened:
{0}</source>
        <translation>No se puede abrir este conjunto de preguntas:
{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not keep a copy of the pack: {0}</source>
        <translation>No se pudo guardar una copia del conjunto de preguntas: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>New journal</source>
        <translation>Nuevo diario</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Name of the new journal on “{0}”:</source>
        <translation>Nombre del nuevo diario basado en «{0}»:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name of the new journal (e.g. the participant&apos;s name):</source>
        <translation>Nombre del nuevo diario (p. ej., el nombre de la persona participante):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename journal</source>
        <translation>Renombrar diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are writing in the journal “{0}” ({1}).</source>
        <translation>Está escribiendo en el diario «{0}» ({1}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Wait for the export or import to finish, then try again.</source>
        <translation>Espere a que termine la exportación o la importación y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your latest answers could not be saved, so nothing was changed.</source>
        <translation>No se pudieron guardar sus últimas respuestas, así que no se cambió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your journals and their backups are now encrypted. The passphrase will be asked each time the app starts.</source>
        <translation>Sus diarios y sus copias de seguridad ahora están cifrados. La frase de contraseña se pedirá cada vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is changed.</source>
        <translation>La frase de contraseña se cambió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journals and their backups are no longer encrypted.</source>
        <translation>Sus diarios y sus copias de seguridad ya no están cifrados.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete journal</source>
        <translation>Eliminar diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the journal “{0}” with all its answers and pictures?

A backup is kept: &apos;journal-app backups&apos; lists it.</source>
        <translation>¿Eliminar el diario «{0}» con todas sus respuestas e imágenes?

Se conserva una copia de seguridad, que aparece en la lista de &apos;journal-app backups&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export stopped: your latest changes could not be saved.</source>
        <translation>Exportación detenida: no se pudieron guardar sus últimos cambios.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hand-in stopped: your latest changes could not be saved.</source>
        <translation>Entrega detenida: no se pudieron guardar sus últimos cambios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand in</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hand-ins (*.journal.zip)</source>
        <translation>Entregas (*.journal.zip)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hand-in written: {0}</source>
        <translation>Archivo de entrega guardado: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait for the export to finish, then import.</source>
        <translation>Espere a que termine la exportación y luego importe.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import a hand-in</source>
        <translation>Importar una entrega</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Imported “{0}” (answers: {1}, pictures: {2}).</source>
        <translation>Se importó «{0}» (respuestas: {1}, imágenes: {2}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers to prompts this version of the journal does not have were left in the file: {0}</source>
        <translation>Las respuestas a preguntas que no existen en esta versión del diario quedaron en el archivo sin importar: {0}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The PDF could not be exported.</source>
        <translation>No se pudo exportar el PDF.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The hand-in could not be imported.</source>
        <translation>No se pudo importar la entrega.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importación cancelada; no se añadió nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hand-ins could not be compiled.</source>
        <translation>No se pudieron compilar las entregas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compile cancelled; nothing was written.</source>
        <translation>Compilación cancelada; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped by a bug; your answers are safe.</source>
        <translation>Detenido por un fallo del programa; sus respuestas están a salvo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} (its prompt pack is missing)</source>
        <translation>{0} (falta su conjunto de preguntas)</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved — your text is still here and saving will be retried. {0}</source>
        <translation>No guardado — su texto sigue aquí y se volverá a intentar guardarlo. {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answers not saved</source>
        <translation>Respuestas sin guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some answers could not be saved:
{0}

If you close now, the changes not saved are lost. Close anyway?</source>
        <translation>No se pudieron guardar algunas respuestas:
{0}

Si cierra ahora, se perderán los cambios que no se guardaron. ¿Desea cerrar de todos modos?</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Not found</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Same as the system ({0})</source>
        <translation>Igual que el sistema ({0})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wait for the export to finish, then change the language.</source>
        <translation>Espere a que termine la exportación y luego cambie el idioma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your latest changes could not be saved; try again.</source>
        <translation>No se pudieron guardar sus últimos cambios; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+1"/>
        <source>About this edition</source>
        <translation>Acerca de esta edición</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wording filled in</source>
        <translation>Palabras completadas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Items left out</source>
        <translation>Elementos omitidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {0}</source>
        <translation>elemento {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This journal&apos;s wording is complete.</source>
        <translation>El texto de este diario está completo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>About this journal</source>
        <translation>Acerca de este diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reflection Journal</source>
        <translation>Reflection Journal</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <location filename="../../journal_app/ui/editors/note.py" line="+27"/>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../journal_app/ui/passphrase.py" line="+70"/>
        <source>Protected journals</source>
        <translation>Diarios protegidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect your journals with a passphrase</source>
        <translation>Proteja sus diarios con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Lock the hand-in</source>
        <translation>Bloquear la entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked hand-ins</source>
        <translation>Entregas bloqueadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journals in {0} are protected by a passphrase. Type it to open them.</source>
        <translation>Los diarios de {0} están protegidos con una frase de contraseña. Escríbala para abrirlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journals in {0} and their backups will be encrypted with this passphrase. It is asked each time the app starts.</source>
        <translation>Sus diarios de {0} y sus copias de seguridad se cifrarán con esta frase de contraseña. Se pedirá cada vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journals in {0} and their backups will be encrypted with the new passphrase.</source>
        <translation>Sus diarios de {0} y sus copias de seguridad se cifrarán con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journals in {0} and their backups will no longer be encrypted: anyone who can read that folder will be able to read them.</source>
        <translation>Sus diarios de {0} y sus copias de seguridad dejarán de estar cifrados: cualquiera que pueda leer esa carpeta podrá leerlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the workshop passphrase your facilitator gave you: only who has it can read the hand-in {0}.</source>
        <translation>Escriba la frase de contraseña del taller que le dio su facilitador: solo quien la tenga podrá leer la entrega {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is locked with a workshop passphrase. Type it to read the locked hand-ins.</source>
        <translation>{0} está bloqueada con una frase de contraseña del taller. Escríbala para leer las entregas bloqueadas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current:</source>
        <translation>Actual:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it again:</source>
        <translation>Escríbala de nuevo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A forgotten passphrase cannot be recovered: without it nobody, not even you, can read these journals or their backups. Keep it somewhere safe.</source>
        <translation>Una frase de contraseña olvidada no se puede recuperar: sin ella nadie, ni siquiera usted, puede leer estos diarios ni sus copias de seguridad. Guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translation>Proteger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That is not the current passphrase.</source>
        <translation>Esa no es la frase de contraseña actual.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the current one.</source>
        <translation>La nueva frase de contraseña es la actual.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="-307"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Writing {0}…</source>
        <translation>Generando {0}…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The PDF is ready: {0} (%n pages).</source>
        <translation>
            <numerusform>El PDF está listo: {0} (%n página).</numerusform>
            <numerusform>El PDF está listo: {0} (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <location filename="../../journal_app/ui/card.py" line="+96"/>
        <source>Some words of this prompt were damaged in the source of the printed journal and were filled in for this app: they are not the journal&apos;s own words. Help ▸ About this edition tells more.</source>
        <translation>Algunas palabras de esta pregunta estaban dañadas en la fuente del diario impreso y se completaron para esta aplicación: no son palabras del diario. Ayuda ▸ Acerca de esta edición explica más.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the wording of this prompt</source>
        <translation>Acerca del texto de esta pregunta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this prompt out on purpose; it counts as skipped, not done.</source>
        <translation>Dejar esta pregunta a propósito; cuenta como omitida, no como hecha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private: keep out of hand-ins</source>
        <translation>Privada: no incluir en las entregas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This answer stays on this computer: it is never put in a hand-in file.</source>
        <translation>Esta respuesta se queda en esta computadora: nunca se incluye en un archivo de entrega.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More: skip this prompt, or keep its answer private</source>
        <translation>Más: omitir esta pregunta o mantener privada su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More choices for this prompt</source>
        <translation>Más opciones para esta pregunta</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Skipped for now</source>
        <translation>Omitida por ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private: not in hand-ins</source>
        <translation>Privada: no va en las entregas</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../journal_app/ui/editors/table.py" line="+331"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type in a cell to fill it. Enter moves down, Tab to the next cell, Shift+Enter starts a new line in the cell.</source>
        <translation>Escriba en una celda para rellenarla. Intro baja a la siguiente, Tab pasa a la celda siguiente, Mayús+Intro empieza una línea nueva en la celda.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../journal_app/ui/editors/text.py" line="+32"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item {0}</source>
        <translation>Punto {0}</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../journal_app/ui/timer.py" line="+52"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <location line="+5"/>
        <source>Start timer</source>
        <translation>Iniciar temporizador</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Time is up. Finish your thought, there is no hurry.</source>
        <translation>Se acabó el tiempo. Termine de escribir su idea; no hay prisa.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="+14"/>
        <source>Export Word document</source>
        <translation>Exportar documento de Word</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Word document is ready: {0}</source>
        <translation>El documento de Word está listo: {0}</translation>
    </message>
</context>
<context>
    <name>_BackgroundTask</name>
    <message>
        <location line="-205"/>
        <source>Export PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../journal_app/app.py" line="+56"/>
        <source>PySide6 {0} has a known bug that crashes long sessions; the app works around it. Install PySide6 {1} to be rid of it.</source>
        <translation>PySide6 {0} tiene un fallo conocido que interrumpe las sesiones largas; la aplicación lo evita. Instale PySide6 {1} para librarse de él.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This prompt pack cannot be opened:
{0}</source>
        <translation>No se puede abrir este conjunto de preguntas:
{0}</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Your journal cannot be opened.

{0}</source>
        <translation>No se puede abrir su diario.

{0}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Reflection Journal</source>
        <translation>Reflection Journal</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../journal_app/cli.py" line="+39"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría corresponder a %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location line="+24"/>
        <source>Reflection Journal: work through the iDiaspora Journal (IOM 2024) or another prompt pack, offline; answers stay on this machine. With no command, opens the window.</source>
        <translation>Reflection Journal: responda sin conexión el iDiaspora Journal (OIM 2024) u otro conjunto de preguntas; las respuestas se quedan en esta computadora. Sin ningún comando, abre la ventana.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep all data (journals, backups, settings) in DIR instead of the user data folder</source>
        <translation>guardar todos los datos (diarios, copias de seguridad, configuración) en DIR en lugar de la carpeta de datos del usuario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open the window on this prompt pack (a .json file) instead of the iDiaspora Journal</source>
        <translation>abrir la ventana con este conjunto de preguntas (un archivo .json) en lugar del iDiaspora Journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>validate prompt pack files</source>
        <translation>validar archivos de conjuntos de preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate prompt packs against prompts/pack.schema.json and the rules a schema cannot express (unique ids, references, table shapes). Prints OK for a valid pack, else every problem as FILE:LINE: /json/pointer: what is wrong. Exit status 1 if any pack has a problem.</source>
        <translation>Valida conjuntos de preguntas con prompts/pack.schema.json y con las reglas que un esquema no puede expresar (id únicos, referencias, forma de las tablas). Muestra OK para un conjunto válido y, si no, cada problema como FILE:LINE: /json/pointer: qué está mal. El código de salida es 1 si algún conjunto tiene un problema.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>a pack file, or the id of a bundled pack (e.g. idiaspora-journal)</source>
        <translation>un archivo de conjunto de preguntas o el id de un conjunto incluido (p. ej., idiaspora-journal)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>write a prompt pack as an XLSForm for KoboToolbox or ODK Central</source>
        <translation>escribir un paquete de preguntas como XLSForm para KoboToolbox u ODK Central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a prompt pack as an XLSForm (.xlsx: sheets survey, choices, settings and pack) to collect answers on KoboToolbox or ODK Central: every language, the attribution as the first note, checklists as select_multiple, prompts with parts as groups. Compile reads the submissions these servers export.</source>
        <translation>Escribir un paquete de preguntas como XLSForm (.xlsx: hojas survey, choices, settings y pack) para recoger respuestas en KoboToolbox u ODK Central: todos los idiomas, la atribución como primera nota, las listas de verificación como select_multiple, las preguntas con partes como grupos. Compile lee los envíos que exportan estos servidores.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the XLSForm to write</source>
        <translation>el XLSForm que se escribirá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>make a prompt pack from an XLSForm written in a spreadsheet</source>
        <translation>crear un paquete de preguntas a partir de un XLSForm escrito en una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read an XLSForm (.xlsx: survey, choices, settings; as pack-to-xlsform writes it, or by hand: groups as sections, text, select_multiple, image and note questions, label or label::Language (code) columns) and write the prompt pack it describes, checked as check-pack checks it. A problem is reported as its sheet, row and column.</source>
        <translation>Leer un XLSForm (.xlsx: survey, choices, settings; tal como lo escribe pack-to-xlsform, o a mano: grupos como secciones, preguntas text, select_multiple, image y note, columnas label o label::Language (code)) y escribir el paquete de preguntas que describe, comprobado como lo comprueba check-pack. Un problema se indica con su hoja, fila y columna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the XLSForm</source>
        <translation>el XLSForm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pack file to write</source>
        <translation>el archivo del paquete que se escribirá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list the automatic backups of the journal database</source>
        <translation>mostrar las copias de seguridad automáticas de la base de datos de los diarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the snapshots in the data folder&apos;s backups/ folder, newest first: taken when the app opens (the last 10 are kept), before a migration, an import, a restore or deleting a journal.</source>
        <translation>Muestra las copias de seguridad de la carpeta backups/ de la carpeta de datos, de la más reciente a la más antigua. Se crean al abrir la aplicación (se conservan las 10 últimas) y antes de una migración, una importación, una restauración o la eliminación de un diario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>replace the journal database with a backup</source>
        <translation>reemplazar la base de datos de los diarios por una copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a snapshot listed by &apos;journal-app backups&apos; (or &apos;latest&apos;). The current state is saved as a backup first, so a restore can itself be undone. The app must be closed.</source>
        <translation>Restaura una de las copias de seguridad que muestra &apos;journal-app backups&apos; (o &apos;latest&apos;). Antes se guarda el estado actual como copia de seguridad, de modo que la propia restauración se puede deshacer. La aplicación debe estar cerrada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a backup&apos;s file name, path or &apos;latest&apos;</source>
        <translation>el nombre de archivo o la ruta de una copia de seguridad, o &apos;latest&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>export a journal (or an empty workbook) as a PDF</source>
        <translation>exportar un diario (o un cuaderno en blanco) a PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a journal as a PDF: cover, contents, every prompt with its answer, in any script. The journal is only read. The PDF is written beside the target and renamed into place, so a failure never leaves half a file.</source>
        <translation>Genera el PDF de un diario: portada, índice y cada pregunta con su respuesta, en cualquier sistema de escritura. El diario solo se lee. El PDF se escribe junto al destino y luego se renombra, así que un fallo nunca deja un archivo a medias.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Check a .journal.zip hand-in (paths, sizes, checksums, every answer against its prompt) and make a new journal from it; nothing existing is changed, and a file with any problem is refused whole. A hand-in locked with a workshop passphrase asks for it on the terminal, or reads it from {variable}.</source>
        <translation>Comprueba una entrega .journal.zip (rutas, tamaños, sumas de comprobación y cada respuesta frente a su pregunta) y crea con ella un diario nuevo; no se modifica nada de lo existente, y un archivo con cualquier problema se rechaza por completo. Una entrega bloqueada con una frase de contraseña del taller la pide en el terminal, o la lee de {variable}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>compile participants&apos; hand-ins into one outcome document (PDF or Word, and CSV)</source>
        <translation>compilar las entregas de las personas participantes en un documento de resultados (PDF o Word y, opcionalmente, CSV)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the outcome document as a Word file to write (with or without -o OUT.pdf)</source>
        <translation>el documento de resultados que se generará como archivo de Word (con o sin -o OUT.pdf)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>add every answer to the outcome document, as an appendix</source>
        <translation>agregar todas las respuestas al documento de resultados, como anexo</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>this copy of Reflection Journal cannot open protected journals on this computer (SQLCipher is not installed for it)</source>
        <translation>esta copia de Reflection Journal no puede abrir diarios protegidos en este ordenador (SQLCipher no está instalado para ella)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>the journal to export (default: the most recent)</source>
        <translation>el diario que se exportará (predeterminado: el más reciente)</translation>
    </message>
    <message>
        <location line="-525"/>
        <location line="+113"/>
        <source>the PDF to write</source>
        <translation>el PDF que se generará</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>an empty workbook to fill in by hand (no journal needed)</source>
        <translation>un cuaderno en blanco para completar a mano (no se necesita ningún diario)</translation>
    </message>
    <message>
        <location line="+528"/>
        <source>paper size (default a4)</source>
        <translation>tamaño del papel (predeterminado: a4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;My answers&quot;: only the prompts answered, in the sections that have answers, with the attribution brief on the cover</source>
        <translation>«Mis respuestas»: solo las preguntas respondidas, en las secciones que tienen respuestas, con la atribución breve en la portada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name on the cover (default: the journal&apos;s name, unless the app gave it; &quot;&quot; for none)</source>
        <translation>el nombre en la portada (por defecto: el nombre del diario, salvo que lo haya dado la aplicación; &quot;&quot; para ninguno)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>print the answers marked private too (each marked so; left out by default)</source>
        <translation>imprimir también las respuestas marcadas como privadas (cada una marcada así; omitidas por defecto)</translation>
    </message>
    <message>
        <location line="-546"/>
        <location line="+147"/>
        <source>list every character no font has, with where it is</source>
        <translation>enumerar cada carácter que ninguna fuente tiene, con dónde aparece</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>Data lives in --data-dir, else $JOURNAL_APP_HOME, else the user data folder ({folder}). Journals protected by a passphrase ask for it on the terminal; a script may give it in ${variable} instead (never as an argument). Run &apos;journal-app COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Los datos se guardan en --data-dir; si no se indica, en $JOURNAL_APP_HOME; y si tampoco, en la carpeta de datos del usuario ({folder}). Los diarios protegidos con una frase de contraseña la piden en el terminal; un script puede darla en ${variable} (nunca como argumento). Ejecute &apos;journal-app COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>protect the journals with a passphrase, change it or remove it</source>
        <translation>proteger los diarios con una frase de contraseña, cambiarla o quitarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the journals and every backup in the data folder with a passphrase (set), give them another one (change), or decrypt them (remove), as the window&apos;s File menu does. The current passphrase is asked on the terminal, or read from {current}; a new one is typed twice, or read from {new}; never as an argument. A forgotten passphrase cannot be recovered. The app must be closed.</source>
        <translation>Cifra los diarios y cada copia de seguridad de la carpeta de datos con una frase de contraseña (set), les da otra (change) o los descifra (remove), como el menú Archivo de la ventana. La frase de contraseña actual se pide en el terminal, o se lee de {current}; una nueva se escribe dos veces, o se lee de {new}; nunca como argumento. Una frase de contraseña olvidada no se puede recuperar. La aplicación debe estar cerrada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>set, change or remove the passphrase</source>
        <translation>definir, cambiar o quitar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>export a journal as a Word document (.docx) to edit</source>
        <translation>exportar un diario como documento de Word (.docx) para editarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a journal as a Word document: headings Word&apos;s navigation pane and contents know, items as numbered lists, checklists as ☒/☐ lines, tables as Word tables, pictures with their descriptions, the attribution and licence; any script, right to left where it reads so. The journal is only read; the file is written beside the target and renamed into place.</source>
        <translation>Escribe un diario como documento de Word: títulos que el panel de navegación y la tabla de contenido de Word reconocen, los elementos como listas numeradas, las listas de verificación como líneas ☒/☐, las tablas como tablas de Word, las imágenes con su descripción, la atribución y la licencia; cualquier escritura, de derecha a izquierda donde se lee así. El diario solo se lee; el archivo se escribe junto al destino y se le cambia el nombre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the Word document to write</source>
        <translation>el documento de Word que se escribirá</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a journal&apos;s hand-in file for a workshop facilitator</source>
        <translation>generar el archivo de entrega de un diario para el facilitador o la facilitadora del taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one .journal.zip file with the journal&apos;s answers and pictures (answers marked private are left out), a manifest and checksums, for a facilitator to import.</source>
        <translation>Genera un archivo .journal.zip con las respuestas y las imágenes del diario (sin las respuestas marcadas como privadas), un manifiesto y sumas de comprobación, para que un facilitador o facilitadora lo importe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the journal (default: the most recent)</source>
        <translation>el diario (predeterminado: el más reciente)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file to write</source>
        <translation>el archivo que se generará</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lock the hand-in with the workshop passphrase your facilitator gave you (asked on the terminal, or read from {variable})</source>
        <translation>bloquear la entrega con la frase de contraseña del taller que le dio su facilitador (se pide en el terminal o se lee de {variable})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>make a new journal from a hand-in file</source>
        <translation>crear un diario nuevo a partir de un archivo de entrega</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the hand-in (.journal.zip)</source>
        <translation>la entrega (.journal.zip)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name of the new journal (default: the hand-in&apos;s)</source>
        <translation>nombre del diario nuevo (predeterminado: el de la entrega)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read hand-ins one at a time and write one outcome document, a synthesis whose length does not grow with the number of participants: participation first, then per prompt how many answered, checklists as charts with counts and shares, up to --quotes answers quoted (anonymous unless --names), lists and tables of blank rows counted, pictures as a contact sheet, and the prompts nobody answered. --all-answers adds every answer as an appendix; --docx writes the same document as a Word file to edit; --csv writes one row per participant per prompt. Hand-ins of other versions of the same pack compile together; a hand-in of another pack is refused. A submissions export of ODK Central or KoboToolbox (CSV, XLSX, or Central&apos;s zip with media) of the form pack-to-xlsform made counts as one hand-in per submission. Hand-ins locked with a workshop passphrase ask for it once on the terminal, or read it from {variable}.</source>
        <translation>Lee las entregas una a una y escribe un documento de síntesis cuya extensión no crece con el número de participantes: primero la participación, luego por pregunta cuántos respondieron, las listas de verificación como gráficos con recuentos y porcentajes, hasta --quotes respuestas citadas (anónimas salvo con --names), las listas y las tablas de filas libres contadas, las imágenes como hoja de contactos y las preguntas sin respuesta. --all-answers agrega todas las respuestas como anexo; --docx escribe el mismo documento como archivo de Word para editar; --csv escribe una fila por participante y pregunta. Las entregas de distintas versiones del mismo paquete se compilan juntas; se rechaza una entrega de otro paquete. Una exportación de envíos de ODK Central o KoboToolbox (CSV, XLSX o el zip con medios de Central) del formulario hecho por pack-to-xlsform cuenta como una entrega por envío. Las entregas bloqueadas con una frase de contraseña del taller la piden una vez en el terminal, o la leen de {variable}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>hand-in files (.journal.zip), or submissions exports (.csv, .xlsx, .zip)</source>
        <translation>archivos de entrega (.journal.zip) o exportaciones de envíos (.csv, .xlsx, .zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>also write the answers as a CSV file</source>
        <translation>guardar además las respuestas en un archivo CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also write the answers as a spreadsheet: a sheet per prompt, and participants</source>
        <translation>escribir también las respuestas en una hoja de cálculo: una hoja por pregunta, y los participantes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show the journals&apos; names (default: anonymous)</source>
        <translation>mostrar los nombres de los diarios (predeterminado: anónimo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>answers quoted at most per prompt, item or cell, spread evenly over the participants in hand-in order (default {default})</source>
        <translation>respuestas citadas como máximo por pregunta, elemento o celda, repartidas por igual entre los participantes en el orden de las entregas (por defecto {default})</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>journal-app: interrupted</source>
        <translation>journal-app: interrumpido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>journal-app: unexpected error ({kind}: {error}); this is a bug: run again with JOURNAL_APP_DEBUG=1 to see where</source>
        <translation>journal-app: error inesperado ({kind}: {error}); es un fallo del programa: vuelva a ejecutarlo con JOURNAL_APP_DEBUG=1 para ver dónde se produce</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>OK  {path}: {title} {version}, {sections} sections, {prompts} prompts ({reconstructed} with reconstructed wording)</source>
        <translation>OK  {path}: {title} {version}, {sections} secciones, {prompts} preguntas ({reconstructed} con redacción reconstruida)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK  {path}: {title} {version}, {sections} sections, {prompts} prompts</source>
        <translation>OK  {path}: {title} {version}, {sections} secciones, {prompts} preguntas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{output} is the file being read; choose another file to write.</source>
        <translation>{output} es el archivo que se está leyendo; elija otro archivo para escribir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Wrote {path}: {title} {version} as an XLSForm ({questions} questions and notes).</source>
        <translation>Se escribió {path}: {title} {version} como XLSForm ({questions} preguntas y notas).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote {path}: {title} {version}, {sections} sections, {prompts} prompts.</source>
        <translation>Se escribió {path}: {title} {version}, {sections} secciones, {prompts} preguntas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No backups yet in {folder}.</source>
        <translation>Todavía no hay copias de seguridad en {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups in {folder}, newest first:</source>
        <translation>Copias de seguridad en {folder}, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {name}  {when}  {reason:&lt;9}  {size:,.0f} KB</source>
        <translation>  {name}  {when}  {reason:&lt;9}  {size:,.0f} KB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restored {snapshot}. The state before the restore was saved as {previous}.</source>
        <translation>Se restauró {snapshot}. El estado anterior a la restauración se guardó como {previous}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no journals in {folder} yet: start Reflection Journal once, or check --data-dir; nothing was changed.</source>
        <translation>Todavía no hay diarios en {folder}: inicie Reflection Journal una vez, o compruebe --data-dir; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this copy of Reflection Journal cannot protect journals on this computer (SQLCipher is not installed for it)</source>
        <translation>esta copia de Reflection Journal no puede proteger diarios en este ordenador (SQLCipher no está instalado para ella)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the journals in {folder} are already protected by a passphrase; to give them another, use &apos;journal-app passphrase change&apos;</source>
        <translation>los diarios de {folder} ya están protegidos con una frase de contraseña; para darles otra, use &apos;journal-app passphrase change&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the journals in {folder} are not protected by a passphrase; to protect them, use &apos;journal-app passphrase set&apos;</source>
        <translation>los diarios de {folder} no están protegidos con una frase de contraseña; para protegerlos, use &apos;journal-app passphrase set&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a new passphrase is needed: run the command in a terminal to type it, or set {variable}</source>
        <translation>se necesita una nueva frase de contraseña: ejecute el comando en un terminal para escribirla, o defina {variable}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New passphrase for the journals in {folder}: </source>
        <translation>Nueva frase de contraseña de los diarios de {folder}: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The journals in {folder} and their backups are now encrypted with your passphrase. It cannot be recovered if you forget it.</source>
        <translation>Los diarios de {folder} y sus copias de seguridad están ahora cifrados con su frase de contraseña. No se puede recuperar si la olvida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journals in {folder} and their backups now open with the new passphrase.</source>
        <translation>Los diarios de {folder} y sus copias de seguridad se abren ahora con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journals in {folder} and their backups are no longer encrypted.</source>
        <translation>Los diarios de {folder} y sus copias de seguridad ya no están cifrados.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+78"/>
        <source>There is no journal in {folder} yet; nothing to export.</source>
        <translation>Todavía no hay ningún diario en {folder}; no hay nada que exportar.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Se generó {path} ({pages} páginas).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is not a whole number of 0 or more</source>
        <translation>{value} no es un número entero de 0 o más</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(--verbose lists them all)</source>
        <translation>(--verbose los enumera todos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>journal-app: warning: {warning}</source>
        <translation>journal-app: advertencia: {warning}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a workshop passphrase is needed: run the command in a terminal to type it, or set {variable}</source>
        <translation>se necesita una frase de contraseña del taller: ejecute el comando en un terminal para escribirla, o defina {variable}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop passphrase: </source>
        <translation>Frase de contraseña del taller: </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Type it again: </source>
        <translation>Escríbala de nuevo: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passphrases are not the same</source>
        <translation>las dos frases de contraseña no coinciden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no passphrase was typed; nothing was written</source>
        <translation>no se escribió ninguna frase de contraseña; no se escribió nada</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the journals in {folder} are protected by a passphrase: run the command in a terminal to type it, or set {variable}</source>
        <translation>los diarios de {folder} están protegidos con una frase de contraseña: ejecute el comando en un terminal para escribirla, o defina {variable}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase for the journals in {folder}: </source>
        <translation>Frase de contraseña de los diarios de {folder}: </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>no passphrase was typed; nothing was opened</source>
        <translation>no se escribió ninguna frase de contraseña; no se abrió nada</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>There is no journal in {folder} yet; nothing to hand in.</source>
        <translation>Todavía no hay ningún diario en {folder}; no hay nada que entregar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote {path}: the hand-in of “{name}”.</source>
        <translation>Se generó {path}: la entrega de «{name}».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file}: this hand-in is for the prompt pack {pack}, which this app does not have; give it with --pack FILE</source>
        <translation>{file}: esta entrega corresponde al conjunto de preguntas {pack}, que esta aplicación no tiene; indíquelo con --pack FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported “{name}” (answers: {answers}, pictures: {pictures}).</source>
        <translation>Se importó «{name}» (respuestas: {answers}, imágenes: {pictures}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>answers to prompts this pack version does not have were not imported: {prompts}</source>
        <translation>no se importaron las respuestas a preguntas que no existen en esta versión del conjunto: {prompts}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give the outcome document to write: -o OUT.pdf, --docx OUT.docx or both</source>
        <translation>indique el documento de resultados que se generará: -o OUT.pdf, --docx OUT.docx o ambos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: -o writes a PDF; give a Word document with --docx</source>
        <translation>{file}: -o escribe un PDF; indique un documento de Word con --docx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: --docx writes a Word document; give a PDF with -o</source>
        <translation>{file}: --docx escribe un documento de Word; indique un PDF con -o</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a submissions export does not say which prompt pack it is for; give the pack with --pack FILE</source>
        <translation>una exportación de envíos no indica a qué paquete de preguntas corresponde; indique el paquete con --pack FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: the prompt pack {pack} is not available here; give it with --pack FILE</source>
        <translation>{file}: el conjunto de preguntas {pack} no está disponible aquí; indíquelo con --pack FILE</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot start the window: {error}. On Debian/Ubuntu install the Qt libraries: sudo apt-get install libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxkbcommon-x11-0</source>
        <translation>no se puede abrir la ventana: {error}. En Debian/Ubuntu, instale las bibliotecas de Qt: sudo apt-get install libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxkbcommon-x11-0</translation>
    </message>
</context>
<context>
    <name>compile</name>
    <message>
        <location filename="../../journal_app/export/compile/appendix.py" line="+34"/>
        <location filename="../../journal_app/export/compile/tables.py" line="+164"/>
        <location line="+13"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/document.py" line="+141"/>
        <location filename="../../journal_app/export/compile/story.py" line="+128"/>
        <source>Participant {number}</source>
        <translation>Participante {number}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/folding.py" line="+127"/>
        <source>{file}: this hand-in is for the prompt pack {pack}, not {expected}. Remove it and compile again; nothing was written.</source>
        <translation>{file}: esta entrega corresponde al conjunto de preguntas {pack}, no a {expected}. Quítela y vuelva a compilar; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file}: {problem}. Remove it and compile again; nothing was written.</source>
        <translation>{file}: {problem}. Quite esta entrega y vuelva a compilar; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>answers.json /answers/{index}: {prompt} is answered twice</source>
        <translation>answers.json /answers/{index}: la pregunta {prompt} tiene dos respuestas</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../journal_app/export/submissions.py" line="+817"/>
        <source>the picture {name}</source>
        <translation>la imagen {name}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Time spent (seconds)</source>
        <translation>Tiempo dedicado (segundos)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row {row}</source>
        <translation>Fila {row}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture {number}</source>
        <translation>Imagen {number}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/story.py" line="-3"/>
        <source>{name} (participant {number})</source>
        <translation>{name} (participante {number})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Outcome document</source>
        <translation>Documento de resultados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this document</source>
        <translation>Acerca de este documento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This document brings together the answers of {count} participants to the prompts of “{title}” (pack {pack} version {version}; the hand-ins were made with versions {versions}).</source>
        <translation>Este documento reúne las respuestas de {count} participantes a las preguntas de «{title}» (conjunto {pack}, versión {version}; las entregas se hicieron con las versiones {versions}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document brings together the answers of 1 participant to the prompts of “{title}” (pack {pack} version {version}; the hand-ins were made with version {used}).</source>
        <translation>Este documento reúne las respuestas de 1 participante a las preguntas de «{title}» (conjunto {pack}, versión {version}; la entrega se hizo con la versión {used}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document brings together the answers of {count} participants to the prompts of “{title}” (pack {pack} version {version}; the hand-ins were made with version {used}).</source>
        <translation>Este documento reúne las respuestas de {count} participantes a las preguntas de «{title}» (conjunto {pack}, versión {version}; las entregas se hicieron con la versión {used}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participants are numbered in the order their hand-ins were given, with the name of their journal. Answers marked private by their authors were never in the hand-ins. The bars of each checklist count the participants who marked an option.</source>
        <translation>Las personas participantes están numeradas según el orden de sus entregas, con el nombre de su diario. Las respuestas que sus autores marcaron como privadas nunca formaron parte de las entregas. Las barras de cada lista de verificación indican cuántas personas participantes marcaron cada opción.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participants are numbered in the order their hand-ins were given; their names are not shown. Answers marked private by their authors were never in the hand-ins. The bars of each checklist count the participants who marked an option.</source>
        <translation>Las personas participantes están numeradas según el orden de sus entregas; sus nombres no se muestran. Las respuestas que sus autores marcaron como privadas nunca formaron parte de las entregas. Las barras de cada lista de verificación indican cuántas personas participantes marcaron cada opción.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../journal_app/export/compile/tables.py" line="-8"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Made with Reflection Journal. The answers are the participants&apos; own.</source>
        <translation>Creado con Reflection Journal. Las respuestas pertenecen a las personas participantes.</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/document.py" line="+311"/>
        <source>{title} — outcome document — page {page}</source>
        <translation>{title} — documento de resultados — página {page}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/story.py" line="+9"/>
        <source>Compiled from %n hand-ins</source>
        <translation>
            <numerusform>Compilado a partir de %n entrega</numerusform>
            <numerusform>Compilado a partir de %n entregas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n answers to prompts this version of the pack does not have, or that no longer fit their prompt, are left out here and kept in the CSV ({prompts}).</source>
        <translation>
            <numerusform>%n respuesta a una pregunta que esta versión del conjunto de preguntas no tiene, o que ya no corresponde a su pregunta, se omite aquí y se conserva en el CSV ({prompts}).</numerusform>
            <numerusform>%n respuestas a preguntas que esta versión del conjunto de preguntas no tiene, o que ya no corresponden a su pregunta, se omiten aquí y se conservan en el CSV ({prompts}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n answers to prompts this version of the pack does not have, or that no longer fit their prompt, are left out here ({prompts}).</source>
        <translation>
            <numerusform>%n respuesta a una pregunta que esta versión del conjunto de preguntas no tiene, o que ya no corresponde a su pregunta, se omite aquí ({prompts}).</numerusform>
            <numerusform>%n respuestas a preguntas que esta versión del conjunto de preguntas no tiene, o que ya no corresponden a su pregunta, se omiten aquí ({prompts}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Appendix: every answer</source>
        <translation>Anexo: todas las respuestas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/appendix.py" line="+25"/>
        <source>{answered} of %n participants answered.</source>
        <translation>
            <numerusform>Respondieron {answered} de %n participante.</numerusform>
            <numerusform>Respondieron {answered} de %n participantes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/story.py" line="+44"/>
        <source>Time spent (1 participant used the timer): median {median}, from {low} to {high}.</source>
        <translation>Tiempo dedicado (1 participante usó el temporizador): mediana {median}, de {low} a {high}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time spent ({count} participants used the timer): median {median}, from {low} to {high}.</source>
        <translation>Tiempo dedicado ({count} participantes usaron el temporizador): mediana {median}, de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/appendix.py" line="+63"/>
        <location filename="../../journal_app/export/compile/synthesis.py" line="+274"/>
        <source>{other} (in their words)</source>
        <translation>{other} (en sus propias palabras)</translation>
    </message>
    <message>
        <location line="+60"/>
        <location filename="../../journal_app/export/compile/tables.py" line="+11"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/story.py" line="+19"/>
        <source>Prompts nobody answered</source>
        <translation>Preguntas que nadie respondió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every prompt has at least one answer.</source>
        <translation>Todas las preguntas tienen al menos una respuesta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min {seconds:02d} s</source>
        <translation>{minutes} min {seconds:02d} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/run.py" line="+87"/>
        <source>{file} could not be replaced ({error}); it may be open in another program: close it and compile again. Already written: {files}.</source>
        <translation>No se pudo reemplazar {file} ({error}); puede que esté abierto en otro programa: ciérrelo y vuelva a compilar. Ya escritos: {files}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write {file} ({error}). Already written: {files}.</source>
        <translation>No se pudo escribir {file} ({error}). Ya escritos: {files}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write {file}: the disk is full. Nothing was written.</source>
        <translation>No se pudo escribir {file}: el disco está lleno. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write {file}: the folder is read-only or you may not write there. Nothing was written.</source>
        <translation>No se pudo escribir {file}: la carpeta es de solo lectura o no tiene permiso para escribir en ella. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write {file}: {error}. Nothing was written.</source>
        <translation>No se pudo escribir {file}: {error}. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+150"/>
        <source>There are no hand-ins to compile.</source>
        <translation>No hay entregas para compilar.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Choose the outcome document to write: a PDF, a Word file or both.</source>
        <translation>Elija el documento de resultados que se generará: un PDF, un archivo de Word o ambos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: this hand-in is given twice. Nothing was written.</source>
        <translation>{file}: esta entrega aparece dos veces. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} is one of the hand-ins; choose another file to write.</source>
        <translation>{file} es una de las entregas; elija otro archivo de destino.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF, the Word document, the CSV and the spreadsheet must be different files.</source>
        <translation>El PDF, el documento de Word, el CSV y la hoja de cálculo deben ser archivos distintos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The compile was cancelled; nothing was written.</source>
        <translation>Se canceló la compilación; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{problem} Nothing was written.</source>
        <translation>{problem} No se escribió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{problem}. Correct the export or leave it out, and compile again; nothing was written.</source>
        <translation>{problem}. Corrija la exportación u omítala, y vuelva a compilar; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}. Remove it and compile again; nothing was written.</source>
        <translation>{problem}. Quite esta entrega y vuelva a compilar; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: the file is damaged ({error}). Remove it and compile again; nothing was written.</source>
        <translation>{file}: el archivo está dañado ({error}). Quítelo y vuelva a compilar; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The parts of the outcome document could not be put together ({error}). Nothing was written.</source>
        <translation>No se pudieron unir las partes del documento de resultados ({error}). No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/document.py" line="+37"/>
        <location filename="../../journal_app/export/compile/run.py" line="+10"/>
        <source>Could not write temporary files in {folder} ({error}). Nothing was written.</source>
        <translation>No se pudieron escribir archivos temporales en {folder} ({error}). No se guardó nada.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location filename="../../journal_app/export/compile/word.py" line="+316"/>
        <source>{title} — Outcome document</source>
        <translation>{title} — Documento de resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../journal_app/export/compile/word.py" line="-6"/>
        <source>Answers of {count} participants</source>
        <translation>Respuestas de {count} participantes</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../../journal_app/export/compile/word.py" line="+4"/>
        <source>{title} — outcome document — page {page} of {total}</source>
        <translation>{title} — documento de resultados — página {page} de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/synthesis.py" line="-147"/>
        <source>{answered} of %n participants answered ({share}).</source>
        <translation>
            <numerusform>{answered} de %n participante respondió ({share}).</numerusform>
            <numerusform>{answered} de %n participantes respondieron ({share}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand-ins</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt pack</source>
        <translation>Paquete de preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pack}, version {version}</source>
        <translation>{pack}, versión {version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made with versions</source>
        <translation>Hechas con las versiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../journal_app/export/compile/tables.py" line="-13"/>
        <source>Handed in</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{share} of its prompts answered</source>
        <translation>{share} de sus preguntas respondidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each prompt: how many answered, then up to {quotes} answers quoted, spread evenly over the participants in the order their hand-ins were given (the first, the last and evenly between); every answer is in the CSV.</source>
        <translation>Para cada pregunta: cuántos respondieron y luego hasta {quotes} respuestas citadas, repartidas por igual entre los participantes en el orden de entrega (la primera, la última y de forma regular entre ambas); todas las respuestas están en el CSV.</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>… and %n other answers.</source>
        <translation>
            <numerusform>… y %n respuesta más.</numerusform>
            <numerusform>… y %n respuestas más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/tables.py" line="-1"/>
        <source>Journal name</source>
        <translation>Nombre del diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack version</source>
        <translation>Versión del paquete</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part (label)</source>
        <translation>Parte (etiqueta)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not in this pack</source>
        <translation>No están en este paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/submissions.py" line="-564"/>
        <source>Left out: %n pictures in another format than JPEG, PNG or WebP (HEIC…).</source>
        <translation>
            <numerusform>Queda fuera: %n imagen en un formato distinto de JPEG, PNG o WebP (HEIC…).</numerusform>
            <numerusform>Quedan fuera: %n imágenes en un formato distinto de JPEG, PNG o WebP (HEIC…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Left out: %n pictures named in an export but not in its media folder.</source>
        <translation>
            <numerusform>Queda fuera: %n imagen mencionada en una exportación pero ausente de su carpeta media.</numerusform>
            <numerusform>Quedan fuera: %n imágenes mencionadas en una exportación pero ausentes de su carpeta media.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Left out: %n pictures of an export without media (the zip with media has them).</source>
        <translation>
            <numerusform>Queda fuera: %n imagen de una exportación sin media (el zip con media la contiene).</numerusform>
            <numerusform>Quedan fuera: %n imágenes de una exportación sin media (el zip con media las contiene).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Left out: %n pictures beyond what their prompt takes in this pack version.</source>
        <translation>
            <numerusform>Queda fuera: %n imagen más allá de lo que admite su pregunta en esta versión del paquete.</numerusform>
            <numerusform>Quedan fuera: %n imágenes más allá de lo que admite su pregunta en esta versión del paquete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Left out: %n submissions rejected in ODK Central&apos;s review.</source>
        <translation>
            <numerusform>Queda fuera: %n envío rechazado en la revisión de ODK Central.</numerusform>
            <numerusform>Quedan fuera: %n envíos rechazados en la revisión de ODK Central.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Left out: %n submissions not approved in KoboToolbox&apos;s validation.</source>
        <translation>
            <numerusform>Queda fuera: %n envío no aprobado en la validación de KoboToolbox.</numerusform>
            <numerusform>Quedan fuera: %n envíos no aprobados en la validación de KoboToolbox.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+188"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}, row {row}: {problem}</source>
        <translation>{file}, fila {row}: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}, row {row}, column {column}: {problem}</source>
        <translation>{file}, fila {row}, columna {column}: {problem}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>holds the same question as the column {other}</source>
        <translation>contiene la misma pregunta que la columna {other}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{value} is not 1 or 0 (is this choice ticked?)</source>
        <translation>{value} no es 1 ni 0 (¿está marcada esta opción?)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a value that is not text ({kind})</source>
        <translation>un valor que no es texto ({kind})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+341"/>
        <source>a text longer than {limit:,} characters</source>
        <translation>un texto de más de {limit:,} caracteres</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file (a folder, a device or a pipe)</source>
        <translation>no es un archivo (una carpeta, un dispositivo o una tubería)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a readable .xlsx workbook ({error})</source>
        <translation>no es un libro .xlsx legible ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook has no sheet</source>
        <translation>el libro no tiene ninguna hoja</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>more than {limit:,} submissions; split the export and compile again</source>
        <translation>más de {limit:,} envíos; divida la exportación y vuelva a compilar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTF-16 text; export the CSV as UTF-8</source>
        <translation>texto UTF-16; exporte el CSV como UTF-8</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not UTF-8 text; export the CSV as UTF-8 (with or without BOM)</source>
        <translation>no es texto UTF-8; exporte el CSV como UTF-8 (con o sin BOM)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a readable CSV file ({error})</source>
        <translation>no es un archivo CSV legible ({error})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a readable zip file ({error})</source>
        <translation>no es un archivo zip legible ({error})</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+11"/>
        <source>too many files inside ({count})</source>
        <translation>demasiados archivos dentro ({count})</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>names no question of the prompt pack {pack}, by its name or by the naming of the forms pack-to-xlsform writes: the export of another form, or one with labels as headers</source>
        <translation>no nombra ninguna pregunta del paquete de preguntas {pack}, ni por su nombre ni según la nomenclatura de los formularios que escribe pack-to-xlsform: la exportación de otro formulario, o una con las etiquetas como encabezados</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>columns for {count} prompts, more than a hand-in may answer ({limit}): the export of another form</source>
        <translation>columnas para {count} preguntas, más de las que una entrega puede responder ({limit}): la exportación de otro formulario</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>more than {limit} choices ticked</source>
        <translation>más de {limit} opciones marcadas</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{picture} is larger than {limit} MB</source>
        <translation>{picture} ocupa más de {limit} MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{picture} is damaged inside the zip file ({error})</source>
        <translation>{picture} está dañado dentro del archivo zip ({error})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>too large for a submissions export ({size:.0f} MB)</source>
        <translation>demasiado grande para una exportación de envíos ({size:.0f} MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than {limit:,} columns, more than a submissions export has</source>
        <translation>más de {limit:,} columnas, más de las que tiene una exportación de envíos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its first sheet, {sheet}, is a chart, not the table of submissions</source>
        <translation>su primera hoja, {sheet}, es un gráfico, no la tabla de envíos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the sheet {sheet} is damaged ({error})</source>
        <translation>la hoja {sheet} está dañada ({error})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a line longer than {limit} MB, which a CSV export has not</source>
        <translation>una línea de más de {limit} MB, algo que una exportación CSV no tiene</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unsafe path inside: {name}</source>
        <translation>ruta insegura dentro: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} expands {ratio}×: refused (a zip bomb?)</source>
        <translation>{name} se expande {ratio}×: rechazado (¿una bomba zip?)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no submissions table inside (an ODK Central export holds &lt;form id&gt;.csv)</source>
        <translation>no hay ninguna tabla de envíos dentro (una exportación de ODK Central contiene &lt;form id&gt;.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the table inside is damaged ({error})</source>
        <translation>la tabla de dentro está dañada ({error})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>empty: no header, no submissions</source>
        <translation>vacío: sin encabezado, sin envíos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/report.py" line="+90"/>
        <source>Compiled %n hand-ins into {pdf} ({pages} pages) and {docx}.</source>
        <translation>
            <numerusform>Se compiló %n entrega en {pdf} ({pages} páginas) y {docx}.</numerusform>
            <numerusform>Se compilaron %n entregas en {pdf} ({pages} páginas) y {docx}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Compiled %n hand-ins into {pdf} ({pages} pages).</source>
        <translation>
            <numerusform>Se compiló %n entrega en {pdf} ({pages} páginas).</numerusform>
            <numerusform>Se compilaron %n entregas en {pdf} ({pages} páginas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Compiled %n hand-ins into {docx}.</source>
        <translation>
            <numerusform>Se compiló %n entrega en {docx}.</numerusform>
            <numerusform>Se compilaron %n entregas en {docx}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answers are also in {files}.</source>
        <translation>Las respuestas también están en {files}.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document and are in the CSV.</source>
        <translation>
            <numerusform>%n respuesta a una pregunta que esta versión del conjunto de preguntas no tiene (o que ya no corresponde) queda fuera del documento de resultados y está en el CSV.</numerusform>
            <numerusform>%n respuestas a preguntas que esta versión del conjunto de preguntas no tiene (o que ya no corresponden) quedan fuera del documento de resultados y están en el CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document and are in the spreadsheet.</source>
        <translation>
            <numerusform>%n respuesta a una pregunta que esta versión del conjunto de preguntas no tiene (o que ya no corresponde) queda fuera del documento de resultados y está en la hoja de cálculo.</numerusform>
            <numerusform>%n respuestas a preguntas que esta versión del conjunto de preguntas no tiene (o que ya no corresponden) quedan fuera del documento de resultados y están en la hoja de cálculo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document.</source>
        <translation>
            <numerusform>%n respuesta a una pregunta que esta versión del conjunto de preguntas no tiene (o que ya no corresponde) queda fuera del documento de resultados.</numerusform>
            <numerusform>%n respuestas a preguntas que esta versión del conjunto de preguntas no tiene (o que ya no corresponden) quedan fuera del documento de resultados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Word document is {size} MB, more than the 512 MB Word opens: compile it without every answer, and write every answer to a spreadsheet.</source>
        <translation>El documento de Word ocupa {size} MB, más que los 512 MB que Word abre: compílelo sin todas las respuestas y escriba todas las respuestas en una hoja de cálculo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/synthesis.py"/>
        <source>… and %n more pictures.</source>
        <translation>
            <numerusform>… y %n imagen más.</numerusform>
            <numerusform>… y %n imágenes más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/synthesis.py"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../journal_app/ui/crash.py" line="+211"/>
        <source>Something went wrong inside Reflection Journal: this is a bug, not something you did. Your answers have been saved and you can go on working.</source>
        <translation>Algo falló dentro de Reflection Journal: es un fallo del programa, no algo que usted hizo. Sus respuestas se han guardado y puede seguir trabajando.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong inside Reflection Journal: this is a bug, not something you did. Some answers could not be saved: keep the window open, copy your latest text somewhere safe, then try closing the window.</source>
        <translation>Algo falló dentro de Reflection Journal: es un fallo del programa, no algo que usted hizo. Algunas respuestas no se pudieron guardar: mantenga la ventana abierta, copie su último texto en un lugar seguro y luego intente cerrar la ventana.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A report was written to {0}. Please send it to whoever gave you the app.</source>
        <translation>Se escribió un informe en {0}. Envíelo a quien le dio la aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports of this session are in {0}.</source>
        <translation>Los informes de esta sesión están en {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report could not be written to the data folder.</source>
        <translation>No se pudo escribir el informe en la carpeta de datos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reflection Journal: a bug</source>
        <translation>Reflection Journal: un fallo del programa</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../journal_app/export/fonts.py" line="+176"/>
        <location line="+34"/>
        <source>The font file {path} is missing; reinstall Reflection Journal.</source>
        <translation>Falta el archivo de fuente {path}; vuelva a instalar Reflection Journal.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>The font file {path} cannot be read ({error}); reinstall Reflection Journal.</source>
        <translation>No se puede leer el archivo de fuente {path} ({error}); vuelva a instalar Reflection Journal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not the file that was installed</source>
        <translation>no es el archivo que se instaló</translation>
    </message>
    <message>
        <location line="+367"/>
        <source>private use</source>
        <translation>uso privado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>emoji and symbols</source>
        <translation>emojis y símbolos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>combining marks</source>
        <translation>marcas combinantes</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/layout.py" line="+115"/>
        <source>{count} {script} ({examples})</source>
        <translation>{count} {script} ({examples})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} different characters have no font here and are drawn as empty boxes (□): {scripts}.</source>
        <translation>{count} caracteres distintos no tienen fuente aquí y se dibujan como casillas vacías (□): {scripts}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U+{code:04X} {character} {name} ({script}): {places}</source>
        <translation>U+{code:04X} {character} {name} ({script}): {places}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/docx.py" line="+1690"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small print</source>
        <translation>Letra pequeña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table text</source>
        <translation>Texto de tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover details</source>
        <translation>Detalles de portada</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/pdf.py" line="+746"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/layout.py" line="+812"/>
        <source>Something is taller than a page and cannot be laid out: a very long note, option or table heading in the prompt pack, or a very long picture description. Shorten it; nothing was written.</source>
        <translation>Algo es más alto que una página y no se puede maquetar: una nota, una opción o un encabezado de tabla muy largo en el conjunto de preguntas, o una descripción de imagen muy larga. Acórtelo; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not write the Word document in {folder}: the disk is full. Nothing was written.</source>
        <translation>No se pudo escribir el documento de Word en {folder}: el disco está lleno. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the Word document in {folder}: the folder is read-only or you may not write there. Nothing was written.</source>
        <translation>No se pudo escribir el documento de Word en {folder}: la carpeta es de solo lectura o no tiene permiso para escribir en ella. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the Word document in {folder}: {error}. Nothing was written.</source>
        <translation>No se pudo escribir el documento de Word en {folder}: {error}. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the outcome document in {folder}: the disk is full. Nothing was written.</source>
        <translation>No se pudo guardar el documento de resultados en {folder}: el disco está lleno. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the PDF in {folder}: the disk is full. Nothing was written.</source>
        <translation>No se pudo guardar el PDF en {folder}: el disco está lleno. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the outcome document in {folder}: the folder is read-only or you may not write there. Nothing was written.</source>
        <translation>No se pudo guardar el documento de resultados en {folder}: la carpeta es de solo lectura o no tiene permiso para escribir en ella. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the PDF in {folder}: the folder is read-only or you may not write there. Nothing was written.</source>
        <translation>No se pudo guardar el PDF en {folder}: la carpeta es de solo lectura o no tiene permiso para escribir en ella. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the outcome document in {folder}: {error}. Nothing was written.</source>
        <translation>No se pudo guardar el documento de resultados en {folder}: {error}. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the PDF in {folder}: {error}. Nothing was written.</source>
        <translation>No se pudo guardar el PDF en {folder}: {error}. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>handin</name>
    <message>
        <location filename="../../journal_app/export/handin.py" line="+282"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write the hand-in in {folder}: {reason}. Nothing was written.</source>
        <translation>No se pudo guardar el archivo de entrega en {folder}: {reason}. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}, line {line} column {column}</source>
        <translation>{reason}, línea {line} columna {column}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file (a folder, a device or a pipe)</source>
        <translation>no es un archivo (una carpeta, un dispositivo o una tubería)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too large for a hand-in ({size:.0f} MB)</source>
        <translation>demasiado grande para ser una entrega ({size:.0f} MB)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a hand-in (not a readable zip file: {error})</source>
        <translation>no es una entrega (no es un archivo zip legible: {error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too many files inside ({count})</source>
        <translation>contiene demasiados archivos ({count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unsafe path inside: {name}</source>
        <translation>contiene una ruta no segura: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected file inside: {name}</source>
        <translation>contiene un archivo inesperado: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file {name} appears twice inside</source>
        <translation>contiene dos veces el archivo {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} expands {ratio}×: refused (a zip bomb?)</source>
        <translation>{name} se expande {ratio}×: rechazado (¿una bomba zip?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its contents would take {size:.0f} MB: refused (a zip bomb?)</source>
        <translation>su contenido ocuparía {size:.0f} MB: rechazado (¿una bomba zip?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a hand-in (manifest.json or answers.json is missing)</source>
        <translation>no es una entrega (falta manifest.json o answers.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is compressed in a way hand-ins never are (not a hand-in?)</source>
        <translation>{name} está comprimido de una forma que las entregas nunca usan (¿es una entrega?)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is encrypted inside the zip file (hand-ins never are)</source>
        <translation>{name} está cifrado dentro del archivo zip (las entregas nunca lo están)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is damaged inside the zip file ({error})</source>
        <translation>{name} está dañado dentro del archivo zip ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is larger than {limit} MB</source>
        <translation>{name} ocupa más de {limit} MB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manifest.json is not valid JSON ({error})</source>
        <translation>manifest.json no es un JSON válido ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Reflection Journal hand-in (manifest.json has another format)</source>
        <translation>no es una entrega de Reflection Journal (manifest.json tiene otro formato)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>made by a newer version of Reflection Journal (hand-in format {format}); update the app to read it</source>
        <translation>creada con una versión más reciente de Reflection Journal (formato de entrega {format}); actualice la aplicación para poder leerla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>manifest.json does not list exactly the files inside</source>
        <translation>manifest.json no enumera exactamente los archivos que contiene</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} does not match its checksum: the file is damaged or was altered</source>
        <translation>{name} no coincide con su suma de comprobación: el archivo está dañado o fue modificado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is inside, but no answer names it: refused unread</source>
        <translation>{name} está dentro, pero ninguna respuesta lo nombra: rechazado sin leerlo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported journal</source>
        <translation>Diario importado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>answers.json is not valid JSON ({error})</source>
        <translation>answers.json no es un JSON válido ({error})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(and {count} more problems)</source>
        <translation>(y {count} problemas más)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>answers.json /answers/{index}: a second answer to the prompt {prompt}</source>
        <translation>answers.json /answers/{index}: una segunda respuesta a la pregunta {prompt}</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>answers.json names a picture that is not inside: {name}</source>
        <translation>answers.json menciona una imagen que no está en el archivo: {name}</translation>
    </message>
    <message>
        <location line="-549"/>
        <source>{file}: that workshop passphrase does not open this hand-in.</source>
        <translation>{file}: esa frase de contraseña del taller no abre esta entrega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: this hand-in is locked with a workshop passphrase; give it to read it.</source>
        <translation>{file}: esta entrega está bloqueada con una frase de contraseña del taller; escríbala para leerla.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{file}: a locked hand-in, but its header is damaged</source>
        <translation>{file}: una entrega bloqueada, pero su encabezado está dañado</translation>
    </message>
    <message>
        <location line="+540"/>
        <source>{file}: answers.json /images: {count} pictures for the prompt {prompt}, which takes at most {most}</source>
        <translation>{file}: answers.json /images: {count} imágenes para la pregunta {prompt}, que admite como máximo {most}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file}: answers.json /images/{index}: the pictures have more than {limit} million pixels together; refused before decoding them</source>
        <translation>{file}: answers.json /images/{index}: las imágenes tienen en total más de {limit} millones de píxeles; rechazadas antes de decodificarlas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{file}: this hand-in is for the prompt pack {pack}, not {expected}</source>
        <translation>{file}: esta entrega corresponde al conjunto de preguntas {pack}, no a {expected}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file}: answers.json /answers/{index}: a {kind} answer for a {expected} prompt ({prompt})</source>
        <translation>{file}: answers.json /answers/{index}: una respuesta de tipo {kind} para una pregunta de tipo {expected} ({prompt})</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message numerus="yes">
        <location filename="../../journal_app/packs/loader.py" line="+84"/>
        <source>{problem} (and %n more problems)</source>
        <translation>
            <numerusform>{problem} (y %n problema más)</numerusform>
            <numerusform>{problem} (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>not a pack: JSON {reason}</source>
        <translation>no es un conjunto de preguntas: JSON {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: {error} (column {column})</source>
        <translation>JSON no válido: {error} (columna {column})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a prompt pack: expected a JSON object with &quot;format&quot;, &quot;id&quot; and &quot;sections&quot; (see prompts/pack.schema.json)</source>
        <translation>no es un conjunto de preguntas: se esperaba un objeto JSON con &quot;format&quot;, &quot;id&quot; y &quot;sections&quot; (véase prompts/pack.schema.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this key appears twice in the same object; keep one</source>
        <translation>esta clave aparece dos veces en el mismo objeto; deje solo una</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is a folder, not a pack file</source>
        <translation>es una carpeta, no un archivo de conjunto de preguntas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a device or a pipe, not a file</source>
        <translation>es un dispositivo o una tubería, no un archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../journal_app/packs/xlsform.py" line="+977"/>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read: permission denied</source>
        <translation>no se puede leer: permiso denegado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../journal_app/packs/xlsform.py" line="+9"/>
        <source>cannot be read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too large for a pack (over {limit} MB); is it the right file?</source>
        <translation>demasiado grande para un conjunto de preguntas (más de {limit} MB); ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save the pack as UTF-8</source>
        <translation>no es texto UTF-8 (byte 0x{byte:02x} en la posición {offset}); guarde el conjunto de preguntas en UTF-8</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>this app reads pack format 1</source>
        <translation>esta aplicación solo lee conjuntos de preguntas con format 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind {kind}; a prompt&apos;s kind is one of: {kinds}</source>
        <translation>kind desconocido: {kind}; el kind de una pregunta debe ser uno de estos: {kinds}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>duplicate section id {id} (first used at {first})</source>
        <translation>id de sección duplicado: {id} (usado por primera vez en {first})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duplicate group id {id} (first used at {first})</source>
        <translation>id de grupo duplicado: {id} (usado por primera vez en {first})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate prompt id {id} (first used at {first})</source>
        <translation>id de pregunta duplicado: {id} (usado por primera vez en {first})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate page id {id} (first used at {first})</source>
        <translation>id de página duplicado: {id} (usado por primera vez en {first})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>duplicate option id {id} (first used at {first})</source>
        <translation>id de opción duplicado: {id} (usado por primera vez en {first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate stem id {id} (first used at {first})</source>
        <translation>id de inicio de frase duplicado: {id} (usado por primera vez en {first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate column id {id} (first used at {first})</source>
        <translation>id de columna duplicado: {id} (usado por primera vez en {first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate row id {id} (first used at {first})</source>
        <translation>id de fila duplicado: {id} (usado por primera vez en {first})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no option set named {name} (known: {known})</source>
        <translation>no hay ningún conjunto de opciones llamado {name} en option_sets (definidos: {known})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no option set named {name} (known: none defined)</source>
        <translation>no hay ningún conjunto de opciones llamado {name} en option_sets (no hay ninguno definido)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no column {column} in this table (columns: {columns})</source>
        <translation>esta tabla no tiene ninguna columna {column} (columnas: {columns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every cell of this row is printed text, so there is nothing to answer; leave out the cell(s) the user should fill in</source>
        <translation>todas las celdas de esta fila son texto impreso, así que no hay nada que responder; quite la(s) celda(s) que debe completar el usuario</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>translations must include the pack&apos;s default language {language}</source>
        <translation>las traducciones deben incluir el idioma predeterminado del conjunto, {language}</translation>
    </message>
    <message>
        <location filename="../../journal_app/packs/strictjson.py" line="+68"/>
        <source>NaN and Infinity are not numbers JSON allows</source>
        <translation>NaN e Infinity no son números que JSON permita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number of more than {digits} digits</source>
        <translation>un número de más de {digits} cifras</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nested too deeply</source>
        <translation>con demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{escape} is half of a character, not text</source>
        <translation>{escape} es la mitad de un carácter, no texto</translation>
    </message>
    <message>
        <location filename="../../journal_app/packs/xlsform.py" line="-344"/>
        <source>the attribution</source>
        <translation>la atribución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts marked {mark} have words that the source of the printed journal lost or scrambled, supplied for this edition: they are not the journal&apos;s own words.</source>
        <translation>Las preguntas marcadas con {mark} tienen palabras que la fuente del diario impreso perdió o desordenó, completadas para esta edición: no son palabras del diario.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the page {id}</source>
        <translation>la página {id}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the section {id}</source>
        <translation>la sección {id}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the group {id}</source>
        <translation>el grupo {id}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the prompt {id}</source>
        <translation>la pregunta {id}</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>the form would have two questions named {first} (for {first_owner}) and {second} (for {second_owner}), which ODK Central, KoboToolbox and their exports may not tell apart: change one of these ids in the pack</source>
        <translation>el formulario tendría dos preguntas llamadas {first} (para {first_owner}) y {second} (para {second_owner}), que ODK Central, KoboToolbox y sus exportaciones podrían no distinguir: cambie uno de estos identificadores en el paquete</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+1467"/>
        <source>Could not write {path}: {reason}. Nothing was written.</source>
        <translation>No se pudo escribir {path}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location line="-1440"/>
        <source>not a file (a folder, a device or a pipe)</source>
        <translation>no es un archivo (una carpeta, un dispositivo o una tubería)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too large ({size:.0f} MB; at most {limit} MB are read)</source>
        <translation>demasiado grande ({size:.0f} MB; se leen como máximo {limit} MB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an .xls workbook of an older Excel; save it as .xlsx (Excel Workbook)</source>
        <translation>un libro .xls de una versión anterior de Excel; guárdelo como .xlsx (Libro de Excel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an .xlsx workbook (not a zip file)</source>
        <translation>no es un libro .xlsx (no es un archivo zip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an .xlsx workbook ({error})</source>
        <translation>no es un libro .xlsx ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an .xlsx workbook ({count} parts inside)</source>
        <translation>no es un libro .xlsx ({count} partes dentro)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a part inside expands {ratio}×: refused (a zip bomb?)</source>
        <translation>una parte interna se expande {ratio}×: rechazado (¿una bomba zip?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its contents would take {size:.0f} MB: refused (a zip bomb?)</source>
        <translation>su contenido ocuparía {size:.0f} MB: rechazado (¿una bomba zip?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an .xlsx workbook (no xl/workbook.xml inside)</source>
        <translation>no es un libro .xlsx (no contiene xl/workbook.xml)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{file}, sheet {sheet}</source>
        <translation>{file}, hoja {sheet}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}, hoja {sheet}, fila {row}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}</source>
        <translation>{file}, hoja {sheet}, fila {row}, columna {column}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{where}: a chart sheet, not a sheet of cells</source>
        <translation>{where}: una hoja de gráfico, no una hoja de celdas</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>more than {limit} columns; is it the right file?</source>
        <translation>más de {limit} columnas; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>more than {limit} rows; is it the right file?</source>
        <translation>más de {limit} filas; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a value that is not text ({kind})</source>
        <translation>un valor que no es texto ({kind})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a text longer than {limit:,} characters</source>
        <translation>un texto de más de {limit:,} caracteres</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the column {column} appears twice</source>
        <translation>la columna {column} aparece dos veces</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} cannot be an id: 1 to 80 lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit</source>
        <translation>{name} no puede ser un identificador: de 1 a 80 letras minúsculas, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;, que empiece por una letra o un dígito</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>cannot tell which language {language} is: write it with its code, as in label::English (en)</source>
        <translation>no se puede saber qué idioma es {language}: escríbalo con su código, como en label::English (en)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>this text is in no language, beside columns that name theirs (such as {named}): name its language in the settings sheet (default_language, e.g. English (en)), or name its column as in {column}::English (en)</source>
        <translation>este texto no tiene idioma, junto a columnas que indican el suyo (como {named}): indique su idioma en la hoja settings (default_language, p. ej., English (en)), o nombre su columna como en {column}::English (en)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{column} and {other} give different texts in the same language ({language}): keep one of them</source>
        <translation>{column} y {other} dan textos distintos en el mismo idioma ({language}): conserve solo uno de ellos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no text in the form&apos;s default language {language}</source>
        <translation>no hay texto en el idioma predeterminado del formulario, {language}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{reference} refers to an answer in ODK, but a pack shows it as it is written</source>
        <translation>{reference} hace referencia a una respuesta en ODK, pero un paquete lo muestra tal como está escrito</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{markup} is formatting (Markdown or HTML) in ODK, but a pack shows it as it is written</source>
        <translation>{markup} es formato (Markdown o HTML) en ODK, pero un paquete lo muestra tal como está escrito</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no property named</source>
        <translation>no se nombra ninguna propiedad</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no list name</source>
        <translation>sin nombre de lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a choice without a name</source>
        <translation>una opción sin nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a choice without a label</source>
        <translation>una opción sin label</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the list {list} has the choice {name} twice</source>
        <translation>la lista {list} tiene dos veces la opción {name}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no type</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>end_group without a begin_group before it</source>
        <translation>end_group sin un begin_group antes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a question without a name</source>
        <translation>una pregunta sin nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a valid name: letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or &apos;_&apos;</source>
        <translation>{name} no es un nombre válido: letras, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;, que empiece por una letra o &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the name {name} is used twice (first in row {first})</source>
        <translation>el nombre {name} se usa dos veces (primero en la fila {first})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a pack has no skip logic: this condition is left out, and the question is always asked</source>
        <translation>un paquete no tiene lógica de salto: esta condición queda fuera y la pregunta se hace siempre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this group is never closed (no end_group for it)</source>
        <translation>este grupo nunca se cierra (no tiene end_group)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no questions</source>
        <translation>sin preguntas</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>not of the form {{&quot;number&quot;: &quot;4&quot;, &quot;reason&quot;: &quot;…&quot;}}</source>
        <translation>no tiene la forma {{&quot;number&quot;: &quot;4&quot;, &quot;reason&quot;: &quot;…&quot;}}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>groups nest at most three deep here (section, group, a prompt&apos;s parts)</source>
        <translation>aquí los grupos se anidan como máximo en tres niveles (sección, grupo, partes de una pregunta)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a prompt with parts needs a label</source>
        <translation>una pregunta con partes necesita un label</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>this page has no body</source>
        <translation>esta página no tiene cuerpo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>this group has no questions</source>
        <translation>este grupo no tiene preguntas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>repeats are not supported: a pack&apos;s prompts are fixed</source>
        <translation>las repeticiones no se admiten: las preguntas de un paquete son fijas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>question type {type} cannot be a prompt (a pack takes text, select_multiple, image and note questions)</source>
        <translation>el tipo de pregunta {type} no puede ser una pregunta (un paquete admite preguntas text, select_multiple, image y note)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown question type {type}</source>
        <translation>tipo de pregunta desconocido {type}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a prompt&apos;s parts are text and image questions, not {type}</source>
        <translation>las partes de una pregunta son preguntas text y image, no {type}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a page holds notes only</source>
        <translation>una página solo contiene notas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a question needs a label</source>
        <translation>una pregunta necesita un label</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>select_multiple needs a list name</source>
        <translation>select_multiple necesita un nombre de lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{words} is not supported after the list name; for an &quot;Other&quot; choice add a choice named other to the list</source>
        <translation>{words} no se admite después del nombre de lista; para una opción “Otro”, agregue a la lista una opción llamada other</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no list named {list} in the choices sheet</source>
        <translation>no hay ninguna lista llamada {list} en la hoja choices</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the list {list} has no choices</source>
        <translation>la lista {list} no tiene opciones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the option set {name} has other options here than in row {first}</source>
        <translation>el conjunto de opciones {name} tiene aquí opciones distintas de las de la fila {first}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{prop} must be a whole number from {low} to {high}</source>
        <translation>{prop} debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{prop} must be true or false</source>
        <translation>{prop} debe ser true o false</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the question {name} is a {type} question, not a {kind} prompt</source>
        <translation>la pregunta {name} es una pregunta {type}, no una pregunta {kind}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this group holds no questions</source>
        <translation>este grupo no contiene preguntas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind {kind}</source>
        <translation>clase desconocida {kind}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an item of a text prompt is a labelled text question</source>
        <translation>un elemento de una pregunta de texto es una pregunta text con label</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a table needs its columns in the pack sheet</source>
        <translation>una tabla necesita sus columnas en la hoja pack</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a cell of a row the table does not have, or without text</source>
        <translation>una celda de una fila que la tabla no tiene, o sin texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a table needs rows in the pack sheet</source>
        <translation>una tabla necesita filas en la hoja pack</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no form_id</source>
        <translation>sin form_id</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the version {version} is not a pack version such as 1.0 or 1.2.3</source>
        <translation>la versión {version} no es una versión de paquete como 1.0 o 1.2.3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the version is a number in the spreadsheet, which keeps no trailing zeros (1.10 is 1.1, 1.0 is 1): it is read as {version}; type it as text if the pack&apos;s version is another</source>
        <translation>la versión es un número en la hoja de cálculo, que no conserva los ceros finales (1.10 es 1.1, 1.0 es 1): se lee como {version}; escríbala como texto si la versión del paquete es otra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the version {written} is a whole number, as ODK allows; a pack&apos;s version has a dot, so this pack&apos;s is {version}</source>
        <translation>la versión {written} es un número entero, como permite ODK; la versión de un paquete lleva un punto, así que la de este paquete es {version}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the form says nothing of its copyright or licence, so the pack says &quot;-&quot;: write them in the pack file (attribution), or in a sheet named pack with the rows copyright and licence (columns property and value)</source>
        <translation>el formulario no dice nada de su copyright ni de su licencia, así que el paquete indica &quot;-&quot;: escríbalos en el archivo del paquete (attribution), o en una hoja llamada pack con las filas copyright y licence (columnas property y value)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{file}: not a readable .xlsx workbook ({error})</source>
        <translation>{file}: no es un libro .xlsx legible ({error})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: no sheet named survey (sheets: {sheets})</source>
        <translation>{file}: no hay ninguna hoja llamada survey (hojas: {sheets})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: the sheet is damaged ({error})</source>
        <translation>{where}: la hoja está dañada ({error})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no column named {column}</source>
        <translation>no hay ninguna columna llamada {column}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: {count} more warnings of these kinds</source>
        <translation>{file}: {count} advertencias más de estos tipos</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../journal_app/export/layout.py" line="-944"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/docx.py" line="-631"/>
        <location filename="../../journal_app/export/pdf.py" line="-526"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/layout.py" line="+379"/>
        <source>Section {number}: {title}</source>
        <translation>Sección {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/docx.py" line="+25"/>
        <location filename="../../journal_app/export/pdf.py" line="+71"/>
        <source>A workbook to fill in by hand</source>
        <translation>Cuaderno para completar a mano</translation>
    </message>
    <message>
        <location line="-124"/>
        <location filename="../../journal_app/export/layout.py" line="+460"/>
        <source>Made with Reflection Journal. The answers are the author&apos;s own.</source>
        <translation>Creado con Reflection Journal. Las respuestas pertenecen a su autor o autora.</translation>
    </message>
    <message>
        <location line="+178"/>
        <location filename="../../journal_app/export/pdf.py" line="-18"/>
        <source>Item {number} of the printed journal could not be recovered.</source>
        <translation>No se pudo recuperar el elemento {number} del diario impreso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../journal_app/export/pdf.py" line="+4"/>
        <source>An item of the printed journal could not be recovered.</source>
        <translation>No se pudo recuperar un elemento del diario impreso.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../journal_app/export/pdf.py" line="+65"/>
        <source>Private answer: kept out of hand-ins, printed on request.</source>
        <translation>Respuesta privada: excluida de las entregas, impresa a petición suya.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../journal_app/export/pdf.py" line="+19"/>
        <source>Time spent: {minutes} min {seconds:02d} s</source>
        <translation>Tiempo dedicado: {minutes} min {seconds:02d} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../journal_app/export/pdf.py" line="+2"/>
        <source>Time spent: {minutes} min</source>
        <translation>Tiempo dedicado: {minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../journal_app/export/pdf.py" line="+3"/>
        <source>Skipped on purpose.</source>
        <translation>Omitida a propósito.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../journal_app/export/pdf.py" line="+11"/>
        <source>About this edition</source>
        <translation>Acerca de esta edición</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../journal_app/export/pdf.py" line="+5"/>
        <source>Wording supplied</source>
        <translation>Redacción completada</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/pdf.py" line="+436"/>
        <source>Prompts marked {mark} have words that the source of the printed journal lost or scrambled, supplied for this edition: they are not the journal&apos;s own words.</source>
        <translation>Las preguntas marcadas con {mark} tienen palabras que la fuente del diario impreso perdió o desordenó, completadas para esta edición: no son palabras del diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/docx.py" line="+4"/>
        <location filename="../../journal_app/export/pdf.py" line="-432"/>
        <source>Items left out</source>
        <translation>Elementos omitidos</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/pdf.py" line="+422"/>
        <source>{place}, item {number}</source>
        <translation>{place}, elemento {number}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/docx.py" line="+11"/>
        <location filename="../../journal_app/export/pdf.py" line="-408"/>
        <source>Answers to prompts no longer in this journal</source>
        <translation>Respuestas a preguntas que ya no están en este diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../journal_app/export/pdf.py" line="+4"/>
        <source>A newer version of the journal no longer has these prompts; your answers are kept.</source>
        <translation>Una versión más reciente del diario ya no incluye estas preguntas; sus respuestas se conservan.</translation>
    </message>
    <message>
        <location line="+225"/>
        <location filename="../../journal_app/export/pdf.py" line="+171"/>
        <source>Stick a photo here or draw</source>
        <translation>Pegue aquí una foto o haga un dibujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../journal_app/export/pdf.py" line="+2"/>
        <source>Stick a photo here</source>
        <translation>Pegue aquí una foto</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../journal_app/export/pdf.py" line="+37"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+544"/>
        <location filename="../../journal_app/export/pdf.py" line="+61"/>
        <source>{title} — page {page} of {total}</source>
        <translation>{title} — página {page} de {total}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/pdf.py" line="+204"/>
        <source>Answers of {date}</source>
        <translation>Respuestas del {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers from {first} to {last}</source>
        <translation>Respuestas del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/layout.py" line="+34"/>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../journal_app/store/answers.py" line="+181"/>
        <source>not a {kind} answer: {error}</source>
        <translation>no es una respuesta de tipo {kind}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {kind} prompt has no stored value</source>
        <translation>las preguntas de tipo {kind} no tienen un valor guardado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a list, found {type}</source>
        <translation>se esperaba una lista, pero se encontró {type}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected text, found {type}</source>
        <translation>se esperaba texto, pero se encontró {type}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../journal_app/store/repository.py" line="+463"/>
        <source>it is a note, which takes no answer</source>
        <translation>es una nota, que no admite respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no timer, so no time spent can be recorded</source>
        <translation>no tiene temporizador, así que no se puede registrar el tiempo dedicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time spent cannot be negative</source>
        <translation>el tiempo dedicado no puede ser negativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the time spent is longer than its {minutes}-minute timer</source>
        <translation>el tiempo dedicado supera su temporizador de {minutes} minutos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a text is longer than {count:,} characters</source>
        <translation>un texto tiene más de {count:,} caracteres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a picture prompt is answered with pictures, not a value</source>
        <translation>una pregunta de imágenes se responde con imágenes, no con un valor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected {expected} items, got {given}</source>
        <translation>se esperaban {expected} puntos, pero hay {given}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no option {option} (options: {options})</source>
        <translation>no existe la opción {option} (opciones: {options})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an option is ticked twice</source>
        <translation>una opción está marcada dos veces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no &quot;Other&quot; choice</source>
        <translation>no tiene la opción «Otro»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cell ({row}, {column}) is not a cell to answer</source>
        <translation>la celda ({row}, {column}) no es una celda para responder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cell ({row}, {column}) is given twice</source>
        <translation>la celda ({row}, {column}) aparece dos veces</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no sentence beginning {stem}</source>
        <translation>no existe el inicio de frase {stem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a sentence beginning is completed twice</source>
        <translation>un inicio de frase está completado dos veces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {kind} prompt cannot take a {type}</source>
        <translation>una pregunta de tipo {kind} no admite un valor {type}</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/backups.py" line="+98"/>
        <source>Could not write a backup of {database} to {folder}: {reason}.</source>
        <translation>No se pudo guardar una copia de seguridad de {database} en {folder}: {reason}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No backup named {name} in {folder}; &apos;journal-app backups&apos; lists them.</source>
        <translation>No hay ninguna copia de seguridad llamada {name} en {folder}; &apos;journal-app backups&apos; muestra la lista.</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/db.py" line="+120"/>
        <source>Cannot create the data folder {folder}: {reason}.</source>
        <translation>No se puede crear la carpeta de datos {folder}: {reason}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The journal in {folder} was not closed properly, and the folder cannot be written: open it once in the app where it can be written, then try again.</source>
        <translation>El diario de {folder} no se cerró correctamente y no se puede escribir en la carpeta: ábralo una vez en la aplicación donde se pueda escribir y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal in {folder} needs an update that cannot be written there: copy the folder somewhere that can be written, or open it once in the app.</source>
        <translation>El diario de {folder} necesita una actualización que no se puede escribir allí: copie la carpeta a un lugar donde se pueda escribir, o ábralo una vez en la aplicación.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the integrity check failed: {details}</source>
        <translation>falló la comprobación de integridad: {details}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is an SQLite database, but not a Reflection Journal one</source>
        <translation>es una base de datos SQLite, pero no de Reflection Journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the journal database {path}: {error}. Check that the folder can be read and written.</source>
        <translation>No se puede abrir la base de datos de los diarios {path}: {error}. Compruebe que se pueda leer y escribir en la carpeta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read {path}: the disk is full or cannot be read ({error}).</source>
        <translation>No se puede leer {path}: el disco está lleno o no se puede leer ({error}).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Could not save to {path}: the disk is full. Everything saved before is still there.</source>
        <translation>No se pudo guardar en {path}: el disco está lleno. Todo lo que se guardó antes se conserva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save to {path}: the folder or file is read-only. Everything saved before is still there.</source>
        <translation>No se pudo guardar en {path}: la carpeta o el archivo es de solo lectura. Todo lo que se guardó antes se conserva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save to {path}: the file cannot be opened (check the folder&apos;s permissions). Everything saved before is still there.</source>
        <translation>No se pudo guardar en {path}: no se puede abrir el archivo (revise los permisos de la carpeta). Todo lo que se guardó antes se conserva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save to {path}: another program is using the file. Everything saved before is still there.</source>
        <translation>No se pudo guardar en {path}: otro programa está usando el archivo. Todo lo que se guardó antes se conserva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save to {path}: {error}. Everything saved before is still there.</source>
        <translation>No se pudo guardar en {path}: {error}. Todo lo que se guardó antes se conserva.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not restore {name}: {reason} Nothing was changed.</source>
        <translation>No se pudo restaurar {name}: {reason} No se cambió nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup {path} cannot be used ({detail}); choose another one.</source>
        <translation>No se puede usar la copia de seguridad {path} ({detail}); elija otra.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not prepare {path} for the restore: {error}.</source>
        <translation>No se pudo preparar {path} para la restauración: {error}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not restore {name}: {error}.</source>
        <translation>No se pudo restaurar {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/errors.py" line="+26"/>
        <source>The journal database {path} cannot be read ({detail}). It has not been changed. The latest backup is {backup}: restore it with &apos;journal-app restore {backup}&apos;.</source>
        <translation>No se puede leer la base de datos de los diarios {path} ({detail}). No se ha modificado. La copia de seguridad más reciente es {backup}: restáurela con &apos;journal-app restore {backup}&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal database {path} cannot be read ({detail}). It has not been changed. There is no backup of it yet.</source>
        <translation>No se puede leer la base de datos de los diarios {path} ({detail}). No se ha modificado. Todavía no hay ninguna copia de seguridad de ella.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal database {path} was saved by a newer version of Reflection Journal (schema {revision}). Install the newer version to open it; this file has not been changed.</source>
        <translation>La base de datos de los diarios {path} se guardó con una versión más reciente de Reflection Journal (esquema {revision}). Instale esa versión para abrirla; este archivo no se ha modificado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal in {folder} is already open in another copy of Reflection Journal ({holder}). Close that copy first, or use another data folder.</source>
        <translation>El diario de {folder} ya está abierto en otra instancia de Reflection Journal ({holder}). Cierre primero esa instancia o use otra carpeta de datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal in {folder} is already open in another copy of Reflection Journal. Close that copy first, or use another data folder.</source>
        <translation>El diario de {folder} ya está abierto en otra instancia de Reflection Journal. Cierre primero esa instancia o use otra carpeta de datos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The answer to prompt {prompt} does not fit it: {reason}</source>
        <translation>La respuesta no es válida para la pregunta {prompt}: {reason}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The journals in {folder} are protected by a passphrase: give it to open them.</source>
        <translation>Los diarios de {folder} están protegidos con una frase de contraseña: escríbala para abrirlos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That passphrase does not open the journals in {folder}. Check it and try again (a forgotten passphrase cannot be recovered).</source>
        <translation>Esa frase de contraseña no abre los diarios de {folder}. Compruébela y vuelva a intentarlo (una frase de contraseña olvidada no se puede recuperar).</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/images.py" line="+68"/>
        <source>The picture</source>
        <translation>La imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is {size:.1f} MB; pictures up to {limit} MB can be added.</source>
        <translation>{name} ocupa {size:.1f} MB; se pueden agregar imágenes de hasta {limit} MB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is {width} × {height} pixels, more than the {limit} million pixels a picture may have.</source>
        <translation>{name} mide {width} × {height} píxeles, más de los {limit} millones de píxeles que puede tener una imagen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} has too many pixels to be opened safely.</source>
        <translation>{name} tiene demasiados píxeles para abrirla de forma segura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a {format} picture.</source>
        <translation>{name} no es una imagen {format}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a picture that can be read (JPEG, PNG, GIF, BMP, WebP or TIFF).</source>
        <translation>{name} no es una imagen legible (JPEG, PNG, GIF, BMP, WebP o TIFF).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged or incomplete ({error}).</source>
        <translation>{name} está dañada o incompleta ({error}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/lock.py" line="+39"/>
        <source>Cannot lock the data folder {folder}: {reason}.</source>
        <translation>No se puede bloquear la carpeta de datos {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/repository.py" line="-221"/>
        <source>Could not read {path}: {error}. Nothing was changed.</source>
        <translation>No se pudo leer {path}: {error}. No se modificó nada.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no journal named {name} (journals: {journals}).</source>
        <translation>No hay ningún diario llamado {name} (diarios: {journals}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no journal named {name} (journals: none yet).</source>
        <translation>No hay ningún diario llamado {name} (diarios: ninguno todavía).</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>This prompt does not take drawings.</source>
        <translation>Esta pregunta no admite dibujos.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>There is no picture number {number}.</source>
        <translation>No existe la imagen número {number}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The new order must list each picture of the prompt once.</source>
        <translation>El nuevo orden debe incluir cada imagen de la pregunta una sola vez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A journal named {name} already exists.</source>
        <translation>Ya existe un diario llamado {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no journal number {number}.</source>
        <translation>No existe el diario número {number}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A journal needs a name.</source>
        <translation>El diario necesita un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A journal name can have at most {count} characters.</source>
        <translation>El nombre de un diario puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/cipher.py" line="+97"/>
        <source>A passphrase cannot be empty.</source>
        <translation>Una frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Una frase de contraseña no puede contener un carácter NUL.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The journals in {folder} are protected by a passphrase, and this copy of Reflection Journal cannot open protected journals on this computer.</source>
        <translation>Los diarios de {folder} están protegidos con una frase de contraseña, y esta copia de Reflection Journal no puede abrir diarios protegidos en este equipo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/protection.py" line="+71"/>
        <source>This copy of Reflection Journal cannot protect journals with a passphrase on this computer.</source>
        <translation>Esta copia de Reflection Journal no puede proteger diarios con una frase de contraseña en este equipo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not re-encode the journals in {folder}: {error}. Each file is as it was or as it is to be; try again.</source>
        <translation>No se pudieron volver a cifrar los diarios de {folder}: {error}. Cada archivo está como estaba o como debe quedar; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The new copy of {path} did not read back the same; nothing was changed.</source>
        <translation>La nueva copia de {path} no se lee igual que el original; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/store/repository.py"/>
        <source>The prompt {prompt} takes at most %n pictures.</source>
        <translation>
            <numerusform>La pregunta {prompt} admite como máximo %n imagen.</numerusform>
            <numerusform>La pregunta {prompt} admite como máximo %n imágenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/store/repository.py"/>
        <source>This prompt takes at most %n pictures; remove one first.</source>
        <translation>
            <numerusform>Esta pregunta admite como máximo %n imagen; quite una primero.</numerusform>
            <numerusform>Esta pregunta admite como máximo %n imágenes; quite una primero.</numerusform>
        </translation>
    </message>
</context>
</TS>
