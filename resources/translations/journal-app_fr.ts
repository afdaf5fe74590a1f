<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChangePassphrase</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="+670"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypting your journals and their backups anew…</source>
        <translation>Chiffrement de vos journaux et de leurs sauvegardes…</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../journal_app/ui/editors/checklist.py" line="+36"/>
        <source>Other: your words</source>
        <translation>Autre&#xa0;: vos propres mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what else…</source>
        <translation>Précisez…</translation>
    </message>
</context>
<context>
    <name>CompileHandIns</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="-225"/>
        <source>Compile hand-ins</source>
        <translation>Compiler les remises</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the hand-ins to compile</source>
        <translation>Choisissez les remises à compiler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand-ins and submissions exports (*.journal.zip *.zip *.csv *.xlsx)</source>
        <translation>Remises et exports de soumissions (*.journal.zip *.zip *.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Checking %n hand-ins…</source>
        <translation>
            <numerusform>Vérification de %n remise…</numerusform>
            <numerusform>Vérification de %n remises…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A submissions export does not say which prompt pack its form was made from. Open a journal of that pack, then compile again.</source>
        <translation>Un export de soumissions ne dit pas de quel paquet de questions son formulaire a été fait. Ouvrez un journal de ce paquet, puis compilez à nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}: this hand-in is for the prompt pack “{1}”, the others for “{2}”. Compile the hand-ins of one pack at a time.</source>
        <translation>{0} : cette remise est pour le jeu de questions « {1} », les autres pour « {2} ». Compilez les remises d’un seul jeu à la fois.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These hand-ins are for the prompt pack “{0}”, which this app does not have. Open it first (File ▸ Open prompt pack…), then compile again.</source>
        <translation>Ces remises sont pour le jeu de questions « {0} », que cette application n’a pas. Ouvrez-le d’abord (Fichier ▸ Ouvrir un jeu de questions…), puis compilez à nouveau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These files beside {0} exist already and will be replaced:

{1}</source>
        <translation>Ces fichiers à côté de {0} existent déjà et seront remplacés&#xa0;:

{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace them?</source>
        <translation>Les remplacer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Compiling %n hand-ins…</source>
        <translation>
            <numerusform>Compilation de %n remise…</numerusform>
            <numerusform>Compilation de %n remises…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompileOptionsDialog</name>
    <message>
        <location line="-458"/>
        <source>Compile hand-ins</source>
        <translation>Compiler des contributions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the participants&apos; journal names</source>
        <translation>Montrer le nom des journaux des participants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For each prompt, this many answers are quoted, spread evenly over the participants; the rest are counted. Every answer is in the CSV.</source>
        <translation>Pour chaque question, ce nombre de réponses est cité, réparties également entre les participants&#xa0;; les autres sont comptées. Toutes les réponses sont dans le CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add every answer as an appendix</source>
        <translation>Ajouter toutes les réponses en annexe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the answers as a spreadsheet (.xlsx) and a CSV file</source>
        <translation>Écrire aussi les réponses dans un classeur (.xlsx) et un fichier CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (.docx), to edit</source>
        <translation>Document Word (.docx), à modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF and Word document</source>
        <translation>PDF et document Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome document as:</source>
        <translation>Document de synthèse en&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers quoted per prompt:</source>
        <translation>Réponses citées par question&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../journal_app/ui/drawing_pad.py" line="+141"/>
        <source>Drawing area</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw with the mouse, a pen or a finger. Ctrl+Z undoes the last stroke.</source>
        <translation>Dessinez avec la souris, un stylet ou le doigt. Ctrl+Z annule le dernier trait.</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <location line="+150"/>
        <source>Drawing</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thin pen</source>
        <translation>Trait fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium pen</source>
        <translation>Trait moyen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thick pen</source>
        <translation>Trait épais</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo</source>
        <translation>Annuler le trait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>Annuler le dernier trait (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the sheet (Ctrl+Z brings it back)</source>
        <translation>Effacer toute la feuille (Ctrl+Z permet de la récupérer)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add drawing</source>
        <translation>Ajouter le dessin</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Discard the drawing?</source>
        <translation>Abandonner le dessin&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drawing has not been added. Close the pad and discard it?</source>
        <translation>Le dessin n&apos;a pas été ajouté. Fermer la fenêtre de dessin et abandonner le dessin&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="-83"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Word document</source>
        <translation>Exporter en document Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, or leave empty</source>
        <translation>Votre nom, ou laissez vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written on the title page and in the document&apos;s properties; remembered for this journal.</source>
        <translation>Écrit sur la page de titre et dans les propriétés du document&#xa0;; retenu pour ce journal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed on the cover and in the PDF&apos;s properties; remembered for this journal.</source>
        <translation>Imprimé sur la couverture et dans les propriétés du PDF&#xa0;; mémorisé pour ce journal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out prompts I have not answered</source>
        <translation>Omettre les questions auxquelles je n&apos;ai pas répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty workbook to fill in by hand (no answers)</source>
        <translation>Un cahier vierge à remplir à la main (sans les réponses)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my private answers (each marked as private)</source>
        <translation>Inclure mes réponses privées (chacune marquée comme privée)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;My answers&quot;: a short document with only what you answered, in the sections that have answers, and the journal&apos;s attribution brief on the cover.</source>
        <translation>«&#xa0;Mes réponses&#xa0;»&#xa0;: un document court avec seulement ce que vous avez répondu, dans les sections qui ont des réponses, et la mention de la source du journal en bref sur la couverture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name on the cover:</source>
        <translation>Nom sur la couverture&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size:</source>
        <translation>Format du papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../journal_app/ui/page.py" line="+74"/>
        <source>Section {0}: {1}</source>
        <translation>Section {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Item {0} of the printed journal could not be recovered.</source>
        <translation>L’élément {0} du journal imprimé n’a pas pu être retrouvé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An item of the printed journal could not be recovered.</source>
        <translation>Un élément du journal imprimé n’a pas pu être retrouvé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source of the printed journal is damaged here. Rather than guess its words, the app leaves the item out. Help ▸ About this edition tells more.</source>
        <translation>La source du journal imprimé est abîmée ici. Plutôt que d’en deviner les mots, l’application omet cet élément. Aide ▸ À propos de cette édition en dit plus.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../journal_app/ui/home.py" line="+43"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Journal name</source>
        <translation>Nom du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Section {0}: {1}</source>
        <translation>Section {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Journal: {0}</source>
        <translation>Journal&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start Section {0}</source>
        <translation>Commencer la section {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue Section {0}</source>
        <translation>Continuer la section {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look through Section {0}</source>
        <translation>Parcourir la section {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look through</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue where you left off</source>
        <translation>Reprendre là où vous en étiez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were at: {0}</source>
        <translation>Vous en étiez à&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start the journal</source>
        <translation>Commencer le journal</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers are saved as you type; come back to any prompt at any time.</source>
        <translation>Vos réponses sont enregistrées au fil de la frappe&#xa0;; revenez à n’importe quelle question quand vous le souhaitez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers are kept on this computer only, in {0}, encrypted with your passphrase. Nothing is sent anywhere.</source>
        <translation>Vos réponses restent sur cet ordinateur uniquement, dans {0}, chiffrées avec votre phrase secrète. Rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers are kept on this computer only, in {0}. Nothing is sent anywhere.</source>
        <translation>Vos réponses restent sur cet ordinateur uniquement, dans {0}. Rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} answered · {1} skipped · {2} open</source>
        <translation>{0} répondues · {1} passées · {2} à faire</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../../journal_app/ui/editors/image.py" line="+229"/>
        <source>&amp;Paste</source>
        <translation>&amp;Coller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the picture you copied (Ctrl+V)</source>
        <translation>Ajouter l&apos;image que vous avez copiée (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pictures from files on this computer</source>
        <translation>Ajouter des images à partir de fichiers de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw…</source>
        <translation>Dessi&amp;ner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a drawing and add it</source>
        <translation>Faire un dessin et l&apos;ajouter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of pictures</source>
        <translation>Nombre d&apos;images</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No pictures yet. Paste one (Ctrl+V), drop picture files here, choose a file, or make a drawing.</source>
        <translation>Pas encore d&apos;image. Collez-en une (Ctrl+V), déposez ici des fichiers d&apos;image, choisissez un fichier ou faites un dessin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pictures yet. Paste one (Ctrl+V), drop picture files here, or choose a file.</source>
        <translation>Pas encore d&apos;image. Collez-en une (Ctrl+V), déposez ici des fichiers d&apos;image ou choisissez un fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>D&amp;escription (also read aloud by screen readers)</source>
        <translation>Descri&amp;ption (également lue par les lecteurs d&apos;écran)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the selected picture</source>
        <translation>Description de l&apos;image sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the picture shows</source>
        <translation>Ce que montre l&apos;image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;left</source>
        <translation>Déplacer à &amp;gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move ri&amp;ght</source>
        <translation>Déplacer à d&amp;roite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected picture (Delete)</source>
        <translation>Supprimer l&apos;image sélectionnée (touche Suppr)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with a picture</source>
        <translation>Problème avec une image</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your answer; add a picture or a drawing too</source>
        <translation>Écrivez votre réponse&#xa0;; ajoutez aussi une image ou un dessin</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Drawing {0}</source>
        <translation>Dessin {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture {0}</source>
        <translation>Image {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, no description yet</source>
        <translation>{0}, pas encore de description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No description yet</source>
        <translation>Pas encore de description</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>{0} of %n pictures</source>
        <translation>
            <numerusform>{0} sur %n image</numerusform>
            <numerusform>{0} sur %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>{0} was not added: this prompt takes at most %n pictures.</source>
        <translation>
            <numerusform>Le fichier {0} n&apos;a pas été ajouté&#xa0;: cette question accepte au plus %n image.</numerusform>
            <numerusform>Le fichier {0} n&apos;a pas été ajouté&#xa0;: cette question accepte au plus %n images.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{0} is {1} MB; pictures up to {2} MB can be added.</source>
        <translation>{0} fait {1} Mo&#xa0;; les images ajoutées ne peuvent pas dépasser {2} Mo.</translation>
    </message>
    <message numerus="yes">
        <location line="+167"/>
        <source>This prompt takes at most %n pictures; remove one first.</source>
        <translation>
            <numerusform>Cette question accepte au plus %n image&#xa0;; supprimez-la d&apos;abord.</numerusform>
            <numerusform>Cette question accepte au plus %n images&#xa0;; supprimez-en une d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-292"/>
        <source>{0} — remove one to add another</source>
        <translation>{0} — supprimez-en une pour en ajouter une autre</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The clipboard holds no picture. Copy a picture or a picture file first.</source>
        <translation>Le presse-papiers ne contient aucune image. Copiez d&apos;abord une image ou un fichier d&apos;image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pasted picture</source>
        <translation>L&apos;image collée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dropped picture</source>
        <translation>L&apos;image déposée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only pictures on this computer can be added. Save the picture first, then add the file.</source>
        <translation>Seules les images présentes sur cet ordinateur peuvent être ajoutées. Enregistrez d&apos;abord l&apos;image, puis ajoutez le fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was dropped is not a picture.</source>
        <translation>Ce que vous avez déposé n&apos;est pas une image.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{0} is not a file.</source>
        <translation>{0} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} could not be read ({1}).</source>
        <translation>Le fichier {0} n&apos;a pas pu être lu ({1}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove drawing {0} from this prompt? This cannot be undone.</source>
        <translation>Supprimer le dessin {0} de cette question&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove picture {0} from this prompt? This cannot be undone.</source>
        <translation>Supprimer l&apos;image {0} de cette question&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the picture?</source>
        <translation>Supprimer l&apos;image&#xa0;?</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose pictures</source>
        <translation>Choisir des images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures ({0});;All files (*)</source>
        <translation>Images ({0});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The drawing</source>
        <translation>Le dessin</translation>
    </message>
</context>
<context>
    <name>ImportHandIn</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="+497"/>
        <source>Import a hand-in</source>
        <translation>Importer une remise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand-ins (*.journal.zip *.zip)</source>
        <translation>Remises (*.journal.zip *.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}: this hand-in is for the prompt pack “{1}”, which this app does not have. Open it first (File ▸ Open prompt pack…), then import again.</source>
        <translation>{0} : cette remise est pour le jeu de questions « {1} », que cette application n’a pas. Ouvrez-le d’abord (Fichier ▸ Ouvrir un jeu de questions…), puis importez à nouveau.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journal_app/ui/main_window.py" line="+208"/>
        <source>Journal contents</source>
        <translation>Sommaire du journal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find in prompts and answers (Enter: next match)</source>
        <translation>Rechercher dans les questions et les réponses (Entrée&#xa0;: résultat suivant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Journal pages</source>
        <translation>Pages du journal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New journal…</source>
        <translation>&amp;Nouveau journal…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open prompt pack…</source>
        <translation>&amp;Ouvrir un jeu de questions…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Switch to</source>
        <translation>&amp;Basculer vers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename journal…</source>
        <translation>Reno&amp;mmer le journal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete journal…</source>
        <translation>&amp;Supprimer le journal…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protect with a &amp;passphrase…</source>
        <translation>Protéger par une &amp;phrase secrète…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the passphrase…</source>
        <translation>Retirer la phrase secrète…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Word document…</source>
        <translation>Exporter en document &amp;Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand in…</source>
        <translation>&amp;Remettre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand in, &amp;locked with a workshop passphrase…</source>
        <translation>Remettre, &amp;verrouillé par une phrase secrète d’atelier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a hand-in…</source>
        <translation>&amp;Importer une remise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compile hand-ins…</source>
        <translation>&amp;Compiler les remises…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;next</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal &amp;language</source>
        <translation>&amp;Langue du journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interface language</source>
        <translation>Langue de l&apos;&amp;interface</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About this journal</source>
        <translation>À &amp;propos de ce journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this &amp;edition</source>
        <translation>À propos de cette &amp;édition</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal&apos;s progress, and where to go next</source>
        <translation>L’avancement de ce journal, et la suite</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>answered</source>
        <translation>réponse donnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answered yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section {0}: {1}</source>
        <translation>Section {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>{0} — {1} — Reflection Journal</source>
        <translation>{0} — {1} — Reflection Journal</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>All answers are saved on this computer.</source>
        <translation>Toutes les réponses sont enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>skipped for now</source>
        <translation>passée pour l’instant</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} answered · {1} skipped · {2} open</source>
        <translation>{0} répondues · {1} passées · {2} à faire</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The prompt pack “{0}” of this journal is not available; open it first.</source>
        <translation>Le jeu de questions «&#xa0;{0}&#xa0;» de ce journal n&apos;est pas disponible&#xa0;; ouvrez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open prompt pack</source>
        <translation>Ouvrir un jeu de questions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt packs (*.json)</source>
        <translation>Jeux de questions (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This prompt pack cannot be opened:
{0}</source>
        <translation>Impossible d&apos;ouvrir ce jeu de questions&#xa0;:
{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not keep a copy of the pack: {0}</source>
        <translation>Impossible de conserver une copie du jeu de questions&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>New journal</source>
        <translation>Nouveau journal</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Name of the new journal on “{0}”:</source>
        <translation>Nom du nouveau journal pour «&#xa0;{0}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name of the new journal (e.g. the participant&apos;s name):</source>
        <translation>Nom du nouveau journal (par exemple, le nom du participant ou de la participante)&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename journal</source>
        <translation>Renommer le journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are writing in the journal “{0}” ({1}).</source>
        <translation>Vous écrivez dans le journal « {0} » ({1}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Wait for the export or import to finish, then try again.</source>
        <translation>Attendez la fin de l’export ou de l’import, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your latest answers could not be saved, so nothing was changed.</source>
        <translation>Vos dernières réponses n’ont pas pu être enregistrées, donc rien n’a été changé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your journals and their backups are now encrypted. The passphrase will be asked each time the app starts.</source>
        <translation>Vos journaux et leurs sauvegardes sont maintenant chiffrés. La phrase secrète sera demandée à chaque démarrage de l’application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is changed.</source>
        <translation>La phrase secrète est changée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journals and their backups are no longer encrypted.</source>
        <translation>Vos journaux et leurs sauvegardes ne sont plus chiffrés.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete journal</source>
        <translation>Supprimer le journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the journal “{0}” with all its answers and pictures?

A backup is kept: &apos;journal-app backups&apos; lists it.</source>
        <translation>Supprimer le journal «&#xa0;{0}&#xa0;» avec toutes ses réponses et images&#xa0;?

Une sauvegarde est conservée&#xa0;: la commande &apos;journal-app backups&apos; l&apos;affiche dans sa liste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My journal</source>
        <translation>Mon journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export stopped: your latest changes could not be saved.</source>
        <translation>Exportation interrompue&#xa0;: vos dernières modifications n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hand-in stopped: your latest changes could not be saved.</source>
        <translation>Remise interrompue&#xa0;: vos dernières modifications n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand in</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hand-ins (*.journal.zip)</source>
        <translation>Remises (*.journal.zip)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hand-in written: {0}</source>
        <translation>Fichier de remise enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait for the export to finish, then import.</source>
        <translation>Attendez la fin de l’exportation, puis importez.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import a hand-in</source>
        <translation>Importer une remise</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Imported “{0}” (answers: {1}, pictures: {2}).</source>
        <translation>Journal «&#xa0;{0}&#xa0;» importé (réponses&#xa0;: {1}, images&#xa0;: {2}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers to prompts this version of the journal does not have were left in the file: {0}</source>
        <translation>Les réponses à des questions absentes de cette version du journal sont restées dans le fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The PDF could not be exported.</source>
        <translation>Le PDF n&apos;a pas pu être exporté.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The hand-in could not be imported.</source>
        <translation>La remise n’a pas pu être importée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importation annulée ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hand-ins could not be compiled.</source>
        <translation>Les remises n&apos;ont pas pu être compilées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compile cancelled; nothing was written.</source>
        <translation>Compilation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped by a bug; your answers are safe.</source>
        <translation>Arrêté par un bogue ; vos réponses sont en sécurité.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} (its prompt pack is missing)</source>
        <translation>{0} (son jeu de questions est introuvable)</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved — your text is still here and saving will be retried. {0}</source>
        <translation>Non enregistré — votre texte est toujours là et l&apos;enregistrement sera retenté. {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answers not saved</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some answers could not be saved:
{0}

If you close now, the changes not saved are lost. Close anyway?</source>
        <translation>Certaines réponses n&apos;ont pas pu être enregistrées&#xa0;:
{0}

Si vous fermez maintenant, les modifications non enregistrées seront perdues. Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Not found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Same as the system ({0})</source>
        <translation>Identique au système ({0})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wait for the export to finish, then change the language.</source>
        <translation>Attendez la fin de l&apos;exportation, puis changez de langue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your latest changes could not be saved; try again.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+1"/>
        <source>About this edition</source>
        <translation>À propos de cette édition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wording filled in</source>
        <translation>Mots complétés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Items left out</source>
        <translation>Éléments omis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {0}</source>
        <translation>élément {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This journal&apos;s wording is complete.</source>
        <translation>Le texte de ce journal est complet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>About this journal</source>
        <translation>À propos de ce journal</translation>
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
        <translation>Source&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../journal_app/ui/passphrase.py" line="+70"/>
        <source>Protected journals</source>
        <translation>Journaux protégés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect your journals with a passphrase</source>
        <translation>Protéger vos journaux par une phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Remove the passphrase</source>
        <translation>Retirer la phrase secrète</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Lock the hand-in</source>
        <translation>Verrouiller la remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked hand-ins</source>
        <translation>Remises verrouillées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journals in {0} are protected by a passphrase. Type it to open them.</source>
        <translation>Les journaux de {0} sont protégés par une phrase secrète. Saisissez-la pour les ouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journals in {0} and their backups will be encrypted with this passphrase. It is asked each time the app starts.</source>
        <translation>Vos journaux de {0} et leurs sauvegardes seront chiffrés avec cette phrase secrète. Elle est demandée à chaque démarrage de l’application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journals in {0} and their backups will be encrypted with the new passphrase.</source>
        <translation>Vos journaux de {0} et leurs sauvegardes seront chiffrés avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journals in {0} and their backups will no longer be encrypted: anyone who can read that folder will be able to read them.</source>
        <translation>Vos journaux de {0} et leurs sauvegardes ne seront plus chiffrés&#xa0;: toute personne pouvant lire ce dossier pourra les lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the workshop passphrase your facilitator gave you: only who has it can read the hand-in {0}.</source>
        <translation>Saisissez la phrase secrète d’atelier donnée par votre animateur&#xa0;: seules les personnes qui l’ont peuvent lire la remise {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is locked with a workshop passphrase. Type it to read the locked hand-ins.</source>
        <translation>{0} est verrouillée par une phrase secrète d’atelier. Saisissez-la pour lire les remises verrouillées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current:</source>
        <translation>Actuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it again:</source>
        <translation>Saisissez-la à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A forgotten passphrase cannot be recovered: without it nobody, not even you, can read these journals or their backups. Keep it somewhere safe.</source>
        <translation>Une phrase secrète oubliée ne peut pas être retrouvée&#xa0;: sans elle, personne, pas même vous, ne peut lire ces journaux ni leurs sauvegardes. Conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translation>Protéger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That is not the current passphrase.</source>
        <translation>Ce n’est pas la phrase secrète actuelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the current one.</source>
        <translation>La nouvelle phrase secrète est l’actuelle.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="-307"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The PDF is ready: {0} (%n pages).</source>
        <translation>
            <numerusform>Le PDF est prêt&#xa0;: {0} (%n page).</numerusform>
            <numerusform>Le PDF est prêt&#xa0;: {0} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <location filename="../../journal_app/ui/card.py" line="+96"/>
        <source>Some words of this prompt were damaged in the source of the printed journal and were filled in for this app: they are not the journal&apos;s own words. Help ▸ About this edition tells more.</source>
        <translation>Certains mots de cette question étaient abîmés dans la source du journal imprimé et ont été complétés pour cette application&#xa0;: ce ne sont pas les mots du journal. Aide ▸ À propos de cette édition en dit plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the wording of this prompt</source>
        <translation>À propos du texte de cette question</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip for now</source>
        <translation>Passer pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this prompt out on purpose; it counts as skipped, not done.</source>
        <translation>Laisser cette question de côté volontairement&#xa0;; elle compte comme passée, pas comme faite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private: keep out of hand-ins</source>
        <translation>Privée&#xa0;: ne pas mettre dans les remises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This answer stays on this computer: it is never put in a hand-in file.</source>
        <translation>Cette réponse reste sur cet ordinateur&#xa0;: elle n&apos;est jamais incluse dans un fichier de remise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More: skip this prompt, or keep its answer private</source>
        <translation>Plus&#xa0;: passer cette question, ou garder sa réponse privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More choices for this prompt</source>
        <translation>Autres choix pour cette question</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Skipped for now</source>
        <translation>Passée pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private: not in hand-ins</source>
        <translation>Privée&#xa0;: pas dans les remises</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../journal_app/ui/editors/table.py" line="+331"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type in a cell to fill it. Enter moves down, Tab to the next cell, Shift+Enter starts a new line in the cell.</source>
        <translation>Tapez dans une cellule pour la remplir. Entrée descend d’une ligne, Tab passe à la cellule suivante, Maj+Entrée commence une nouvelle ligne dans la cellule.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../journal_app/ui/editors/text.py" line="+32"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item {0}</source>
        <translation>Élément {0}</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../journal_app/ui/timer.py" line="+52"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <location line="+5"/>
        <source>Start timer</source>
        <translation>Lancer le minuteur</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Time is up. Finish your thought, there is no hurry.</source>
        <translation>Le temps est écoulé. Terminez votre idée, rien ne presse.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <location filename="../../journal_app/ui/export_dialog.py" line="+14"/>
        <source>Export Word document</source>
        <translation>Exporter en document Word</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Word document is ready: {0}</source>
        <translation>Le document Word est prêt&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>_BackgroundTask</name>
    <message>
        <location line="-205"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../journal_app/app.py" line="+56"/>
        <source>PySide6 {0} has a known bug that crashes long sessions; the app works around it. Install PySide6 {1} to be rid of it.</source>
        <translation>PySide6 {0} a un bogue connu qui interrompt les longues sessions ; l’application le contourne. Installez PySide6 {1} pour en être débarrassé.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This prompt pack cannot be opened:
{0}</source>
        <translation>Impossible d&apos;ouvrir ce jeu de questions&#xa0;:
{0}</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Your journal cannot be opened.

{0}</source>
        <translation>Impossible d&apos;ouvrir votre journal.

{0}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>My journal</source>
        <translation>Mon journal</translation>
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
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>un argument est attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument est attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location line="+24"/>
        <source>Reflection Journal: work through the iDiaspora Journal (IOM 2024) or another prompt pack, offline; answers stay on this machine. With no command, opens the window.</source>
        <translation>Reflection Journal&#xa0;: répondez aux questions de l&apos;iDiaspora Journal (OIM 2024) ou d&apos;un autre jeu de questions, hors ligne&#xa0;; les réponses restent sur cette machine. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep all data (journals, backups, settings) in DIR instead of the user data folder</source>
        <translation>conserver toutes les données (journaux, sauvegardes, réglages) dans DIR au lieu du dossier de données de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open the window on this prompt pack (a .json file) instead of the iDiaspora Journal</source>
        <translation>ouvrir la fenêtre sur ce jeu de questions (un fichier .json) au lieu de l&apos;iDiaspora Journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>validate prompt pack files</source>
        <translation>vérifier des fichiers de jeu de questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate prompt packs against prompts/pack.schema.json and the rules a schema cannot express (unique ids, references, table shapes). Prints OK for a valid pack, else every problem as FILE:LINE: /json/pointer: what is wrong. Exit status 1 if any pack has a problem.</source>
        <translation>Vérifie des jeux de questions par rapport à prompts/pack.schema.json et aux règles qu&apos;un schéma ne peut pas exprimer (id uniques, références, forme des tableaux). Affiche OK pour un jeu valide, sinon chaque problème sous la forme FILE:LINE: /json/pointer: description du problème. Code de sortie 1 si un jeu présente un problème.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>a pack file, or the id of a bundled pack (e.g. idiaspora-journal)</source>
        <translation>un fichier de jeu de questions, ou l&apos;id d&apos;un jeu fourni avec l&apos;application (par ex. idiaspora-journal)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>write a prompt pack as an XLSForm for KoboToolbox or ODK Central</source>
        <translation>écrire un paquet de questions au format XLSForm pour KoboToolbox ou ODK Central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a prompt pack as an XLSForm (.xlsx: sheets survey, choices, settings and pack) to collect answers on KoboToolbox or ODK Central: every language, the attribution as the first note, checklists as select_multiple, prompts with parts as groups. Compile reads the submissions these servers export.</source>
        <translation>Écrire un paquet de questions au format XLSForm (.xlsx&#xa0;: feuilles survey, choices, settings et pack) pour recueillir les réponses sur KoboToolbox ou ODK Central&#xa0;: toutes les langues, l’attribution comme première note, les listes à cocher comme select_multiple, les questions à plusieurs parties comme groupes. Compile lit les soumissions qu’exportent ces serveurs.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the XLSForm to write</source>
        <translation>l’XLSForm à écrire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>make a prompt pack from an XLSForm written in a spreadsheet</source>
        <translation>créer un paquet de questions à partir d’un XLSForm rédigé dans un tableur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read an XLSForm (.xlsx: survey, choices, settings; as pack-to-xlsform writes it, or by hand: groups as sections, text, select_multiple, image and note questions, label or label::Language (code) columns) and write the prompt pack it describes, checked as check-pack checks it. A problem is reported as its sheet, row and column.</source>
        <translation>Lire un XLSForm (.xlsx&#xa0;: survey, choices, settings&#xa0;; tel que l’écrit pack-to-xlsform, ou à la main&#xa0;: groupes comme sections, questions text, select_multiple, image et note, colonnes label ou label::Language (code)) et écrire le paquet de questions qu’il décrit, vérifié comme le vérifie check-pack. Un problème est signalé par sa feuille, sa ligne et sa colonne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the XLSForm</source>
        <translation>l’XLSForm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pack file to write</source>
        <translation>le fichier du paquet à écrire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list the automatic backups of the journal database</source>
        <translation>lister les sauvegardes automatiques de la base de données des journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the snapshots in the data folder&apos;s backups/ folder, newest first: taken when the app opens (the last 10 are kept), before a migration, an import, a restore or deleting a journal.</source>
        <translation>Liste les sauvegardes du dossier backups/ du dossier de données, de la plus récente à la plus ancienne&#xa0;: elles sont faites à l&apos;ouverture de l&apos;application (les 10 dernières sont conservées), avant une migration, une importation, une restauration ou la suppression d&apos;un journal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>replace the journal database with a backup</source>
        <translation>remplacer la base de données des journaux par une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a snapshot listed by &apos;journal-app backups&apos; (or &apos;latest&apos;). The current state is saved as a backup first, so a restore can itself be undone. The app must be closed.</source>
        <translation>Restaure une sauvegarde listée par &apos;journal-app backups&apos; (ou &apos;latest&apos;). L&apos;état actuel est d&apos;abord enregistré dans une sauvegarde, si bien qu&apos;une restauration peut elle-même être annulée. L&apos;application doit être fermée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a backup&apos;s file name, path or &apos;latest&apos;</source>
        <translation>le nom de fichier ou le chemin d&apos;une sauvegarde, ou &apos;latest&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>export a journal (or an empty workbook) as a PDF</source>
        <translation>exporter un journal (ou un cahier vierge) en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a journal as a PDF: cover, contents, every prompt with its answer, in any script. The journal is only read. The PDF is written beside the target and renamed into place, so a failure never leaves half a file.</source>
        <translation>Écrit un journal au format PDF&#xa0;: couverture, sommaire, chaque question avec sa réponse, quel que soit le système d&apos;écriture. Le journal est seulement lu. Le PDF est écrit à côté de la cible puis renommé à sa place, si bien qu&apos;un échec ne laisse jamais de fichier à moitié écrit.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Check a .journal.zip hand-in (paths, sizes, checksums, every answer against its prompt) and make a new journal from it; nothing existing is changed, and a file with any problem is refused whole. A hand-in locked with a workshop passphrase asks for it on the terminal, or reads it from {variable}.</source>
        <translation>Vérifie un fichier de remise .journal.zip (chemins, tailles, sommes de contrôle, chaque réponse par rapport à sa question) et en fait un nouveau journal&#xa0;; rien de ce qui existe n&apos;est modifié, et un fichier qui présente le moindre problème est refusé en entier. Une remise verrouillée par une phrase secrète d’atelier la demande dans le terminal, ou la lit dans {variable}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>compile participants&apos; hand-ins into one outcome document (PDF or Word, and CSV)</source>
        <translation>compiler les remises des participants en un document de synthèse (PDF ou Word, et CSV)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the outcome document as a Word file to write (with or without -o OUT.pdf)</source>
        <translation>le document de synthèse à écrire en fichier Word (avec ou sans -o OUT.pdf)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>add every answer to the outcome document, as an appendix</source>
        <translation>ajouter toutes les réponses au document de synthèse, en annexe</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>this copy of Reflection Journal cannot open protected journals on this computer (SQLCipher is not installed for it)</source>
        <translation>cette copie de Reflection Journal ne peut pas ouvrir de journaux protégés sur cet ordinateur (SQLCipher n’y est pas installé)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>the journal to export (default: the most recent)</source>
        <translation>le journal à exporter (par défaut&#xa0;: le plus récent)</translation>
    </message>
    <message>
        <location line="-525"/>
        <location line="+113"/>
        <source>the PDF to write</source>
        <translation>le PDF à écrire</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>an empty workbook to fill in by hand (no journal needed)</source>
        <translation>un cahier vierge à remplir à la main (aucun journal nécessaire)</translation>
    </message>
    <message>
        <location line="+528"/>
        <source>paper size (default a4)</source>
        <translation>format du papier (a4 par défaut)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;My answers&quot;: only the prompts answered, in the sections that have answers, with the attribution brief on the cover</source>
        <translation>«&#xa0;Mes réponses&#xa0;»&#xa0;: seulement les questions répondues, dans les sections qui ont des réponses, avec la mention de la source en bref sur la couverture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name on the cover (default: the journal&apos;s name, unless the app gave it; &quot;&quot; for none)</source>
        <translation>le nom sur la couverture (par défaut&#xa0;: le nom du journal, sauf s’il a été donné par l’application&#xa0;; &quot;&quot; pour aucun)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>print the answers marked private too (each marked so; left out by default)</source>
        <translation>imprimer aussi les réponses marquées privées (chacune marquée ainsi ; omises par défaut)</translation>
    </message>
    <message>
        <location line="-546"/>
        <location line="+147"/>
        <source>list every character no font has, with where it is</source>
        <translation>lister chaque caractère qu’aucune police n’a, avec l’endroit où il se trouve</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>Data lives in --data-dir, else $JOURNAL_APP_HOME, else the user data folder ({folder}). Journals protected by a passphrase ask for it on the terminal; a script may give it in ${variable} instead (never as an argument). Run &apos;journal-app COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Les données se trouvent dans --data-dir, sinon dans $JOURNAL_APP_HOME, sinon dans le dossier de données de l&apos;utilisateur ({folder}). Des journaux protégés par une phrase secrète la demandent dans le terminal&#xa0;; un script peut la donner dans ${variable} (jamais en argument). Lancez &apos;journal-app COMMAND --help&apos; pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>protect the journals with a passphrase, change it or remove it</source>
        <translation>protéger les journaux par une phrase secrète, la changer ou la retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the journals and every backup in the data folder with a passphrase (set), give them another one (change), or decrypt them (remove), as the window&apos;s File menu does. The current passphrase is asked on the terminal, or read from {current}; a new one is typed twice, or read from {new}; never as an argument. A forgotten passphrase cannot be recovered. The app must be closed.</source>
        <translation>Chiffre les journaux et chaque sauvegarde du dossier de données avec une phrase secrète (set), leur en donne une autre (change) ou les déchiffre (remove), comme le menu Fichier de la fenêtre. La phrase secrète actuelle est demandée dans le terminal, ou lue dans {current}&#xa0;; une nouvelle est saisie deux fois, ou lue dans {new}&#xa0;; jamais en argument. Une phrase secrète oubliée ne peut pas être retrouvée. L’application doit être fermée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>set, change or remove the passphrase</source>
        <translation>définir, changer ou retirer la phrase secrète</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>export a journal as a Word document (.docx) to edit</source>
        <translation>exporter un journal en document Word (.docx) à modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a journal as a Word document: headings Word&apos;s navigation pane and contents know, items as numbered lists, checklists as ☒/☐ lines, tables as Word tables, pictures with their descriptions, the attribution and licence; any script, right to left where it reads so. The journal is only read; the file is written beside the target and renamed into place.</source>
        <translation>Écrit un journal en document Word&#xa0;: des titres que le volet de navigation et la table des matières de Word connaissent, les éléments en listes numérotées, les listes à cocher en lignes ☒/☐, les tableaux en tableaux Word, les images avec leur description, l’attribution et la licence&#xa0;; toute écriture, de droite à gauche là où elle se lit ainsi. Le journal est seulement lu&#xa0;; le fichier est écrit à côté de la cible puis renommé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the Word document to write</source>
        <translation>le document Word à écrire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a journal&apos;s hand-in file for a workshop facilitator</source>
        <translation>écrire le fichier de remise d&apos;un journal pour l&apos;animateur ou l&apos;animatrice d&apos;un atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one .journal.zip file with the journal&apos;s answers and pictures (answers marked private are left out), a manifest and checksums, for a facilitator to import.</source>
        <translation>Écrit un fichier .journal.zip contenant les réponses et les images du journal (sans les réponses marquées comme privées), un manifeste et des sommes de contrôle, à importer par l&apos;animateur ou l&apos;animatrice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the journal (default: the most recent)</source>
        <translation>le journal (par défaut&#xa0;: le plus récent)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lock the hand-in with the workshop passphrase your facilitator gave you (asked on the terminal, or read from {variable})</source>
        <translation>verrouiller la remise avec la phrase secrète d’atelier donnée par votre animateur (demandée dans le terminal, ou lue dans {variable})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>make a new journal from a hand-in file</source>
        <translation>créer un nouveau journal à partir d&apos;un fichier de remise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the hand-in (.journal.zip)</source>
        <translation>le fichier de remise (.journal.zip)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name of the new journal (default: the hand-in&apos;s)</source>
        <translation>nom du nouveau journal (par défaut&#xa0;: celui du fichier de remise)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read hand-ins one at a time and write one outcome document, a synthesis whose length does not grow with the number of participants: participation first, then per prompt how many answered, checklists as charts with counts and shares, up to --quotes answers quoted (anonymous unless --names), lists and tables of blank rows counted, pictures as a contact sheet, and the prompts nobody answered. --all-answers adds every answer as an appendix; --docx writes the same document as a Word file to edit; --csv writes one row per participant per prompt. Hand-ins of other versions of the same pack compile together; a hand-in of another pack is refused. A submissions export of ODK Central or KoboToolbox (CSV, XLSX, or Central&apos;s zip with media) of the form pack-to-xlsform made counts as one hand-in per submission. Hand-ins locked with a workshop passphrase ask for it once on the terminal, or read it from {variable}.</source>
        <translation>Lit les contributions une à une et écrit un document de synthèse dont la longueur ne croît pas avec le nombre de participants&#xa0;: la participation d’abord, puis pour chaque question combien ont répondu, les listes à cocher en graphiques avec nombres et parts, jusqu’à --quotes réponses citées (anonymes sauf avec --names), les listes et les tableaux à lignes libres comptés, les images en planche-contact, et les questions sans réponse. --all-answers ajoute toutes les réponses en annexe&#xa0;; --docx écrit le même document en fichier Word à modifier&#xa0;; --csv écrit une ligne par participant et par question. Les contributions de différentes versions d’un même paquet se compilent ensemble&#xa0;; une contribution d’un autre paquet est refusée. Un export de soumissions d’ODK Central ou de KoboToolbox (CSV, XLSX, ou le zip avec médias de Central) du formulaire fait par pack-to-xlsform compte comme une remise par soumission. Les remises verrouillées par une phrase secrète d’atelier la demandent une fois dans le terminal, ou la lisent dans {variable}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>hand-in files (.journal.zip), or submissions exports (.csv, .xlsx, .zip)</source>
        <translation>fichiers de remise (.journal.zip), ou exports de soumissions (.csv, .xlsx, .zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>also write the answers as a CSV file</source>
        <translation>écrire aussi les réponses dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also write the answers as a spreadsheet: a sheet per prompt, and participants</source>
        <translation>écrire aussi les réponses dans un classeur&#xa0;: une feuille par question, et les participants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show the journals&apos; names (default: anonymous)</source>
        <translation>afficher les noms des journaux (par défaut&#xa0;: anonyme)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>answers quoted at most per prompt, item or cell, spread evenly over the participants in hand-in order (default {default})</source>
        <translation>réponses citées au plus par question, élément ou case, réparties également entre les participants dans l’ordre des contributions (par défaut {default})</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>journal-app: interrupted</source>
        <translation>journal-app: interrompu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>journal-app: unexpected error ({kind}: {error}); this is a bug: run again with JOURNAL_APP_DEBUG=1 to see where</source>
        <translation>journal-app: erreur inattendue ({kind}&#xa0;: {error})&#xa0;; il s&apos;agit d&apos;un bogue&#xa0;: relancez la commande avec JOURNAL_APP_DEBUG=1 pour voir où il se produit</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>OK  {path}: {title} {version}, {sections} sections, {prompts} prompts ({reconstructed} with reconstructed wording)</source>
        <translation>OK  {path}&#xa0;: {title} {version}, {sections} sections, {prompts} questions (dont {reconstructed} à la formulation reconstituée)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK  {path}: {title} {version}, {sections} sections, {prompts} prompts</source>
        <translation>OK  {path}&#xa0;: {title} {version}, {sections} sections, {prompts} questions</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{output} is the file being read; choose another file to write.</source>
        <translation>{output} est le fichier en cours de lecture&#xa0;; choisissez un autre fichier où écrire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Wrote {path}: {title} {version} as an XLSForm ({questions} questions and notes).</source>
        <translation>{path} a été écrit&#xa0;: {title} {version} au format XLSForm ({questions} questions et notes).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote {path}: {title} {version}, {sections} sections, {prompts} prompts.</source>
        <translation>{path} a été écrit&#xa0;: {title} {version}, {sections} sections, {prompts} questions.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No backups yet in {folder}.</source>
        <translation>Aucune sauvegarde pour l&apos;instant dans {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups in {folder}, newest first:</source>
        <translation>Sauvegardes dans {folder}, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {name}  {when}  {reason:&lt;9}  {size:,.0f} KB</source>
        <translation>  {name}  {when}  {reason:&lt;9}  {size:,.0f} Ko</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restored {snapshot}. The state before the restore was saved as {previous}.</source>
        <translation>Sauvegarde {snapshot} restaurée. L&apos;état précédant la restauration a été enregistré sous {previous}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no journals in {folder} yet: start Reflection Journal once, or check --data-dir; nothing was changed.</source>
        <translation>Il n’y a pas encore de journaux dans {folder}&#xa0;: lancez Reflection Journal une fois, ou vérifiez --data-dir&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this copy of Reflection Journal cannot protect journals on this computer (SQLCipher is not installed for it)</source>
        <translation>cette copie de Reflection Journal ne peut pas protéger les journaux sur cet ordinateur (SQLCipher n’y est pas installé)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the journals in {folder} are already protected by a passphrase; to give them another, use &apos;journal-app passphrase change&apos;</source>
        <translation>les journaux de {folder} sont déjà protégés par une phrase secrète&#xa0;; pour leur en donner une autre, utilisez «&#xa0;journal-app passphrase change&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the journals in {folder} are not protected by a passphrase; to protect them, use &apos;journal-app passphrase set&apos;</source>
        <translation>les journaux de {folder} ne sont pas protégés par une phrase secrète&#xa0;; pour les protéger, utilisez «&#xa0;journal-app passphrase set&#xa0;»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a new passphrase is needed: run the command in a terminal to type it, or set {variable}</source>
        <translation>une nouvelle phrase secrète est nécessaire&#xa0;: lancez la commande dans un terminal pour la saisir, ou définissez {variable}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New passphrase for the journals in {folder}: </source>
        <translation>Nouvelle phrase secrète des journaux de {folder}&#xa0;: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The journals in {folder} and their backups are now encrypted with your passphrase. It cannot be recovered if you forget it.</source>
        <translation>Les journaux de {folder} et leurs sauvegardes sont désormais chiffrés avec votre phrase secrète. Elle ne peut pas être retrouvée si vous l’oubliez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journals in {folder} and their backups now open with the new passphrase.</source>
        <translation>Les journaux de {folder} et leurs sauvegardes s’ouvrent désormais avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journals in {folder} and their backups are no longer encrypted.</source>
        <translation>Les journaux de {folder} et leurs sauvegardes ne sont plus chiffrés.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+78"/>
        <source>There is no journal in {folder} yet; nothing to export.</source>
        <translation>Il n&apos;y a encore aucun journal dans {folder}&#xa0;; rien à exporter.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>{path} écrit ({pages} pages).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Wrote {path}.</source>
        <translation>{path} écrit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is not a whole number of 0 or more</source>
        <translation>{value} n’est pas un nombre entier positif ou nul</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(--verbose lists them all)</source>
        <translation>(--verbose les liste tous)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>journal-app: warning: {warning}</source>
        <translation>journal-app: avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a workshop passphrase is needed: run the command in a terminal to type it, or set {variable}</source>
        <translation>une phrase secrète d’atelier est nécessaire&#xa0;: lancez la commande dans un terminal pour la saisir, ou définissez {variable}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop passphrase: </source>
        <translation>Phrase secrète d’atelier&#xa0;: </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Type it again: </source>
        <translation>Saisissez-la à nouveau&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passphrases are not the same</source>
        <translation>les deux phrases secrètes ne sont pas identiques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no passphrase was typed; nothing was written</source>
        <translation>aucune phrase secrète n’a été saisie&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the journals in {folder} are protected by a passphrase: run the command in a terminal to type it, or set {variable}</source>
        <translation>les journaux de {folder} sont protégés par une phrase secrète&#xa0;: lancez la commande dans un terminal pour la saisir, ou définissez {variable}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase for the journals in {folder}: </source>
        <translation>Phrase secrète des journaux de {folder}&#xa0;: </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>no passphrase was typed; nothing was opened</source>
        <translation>aucune phrase secrète n’a été saisie&#xa0;; rien n’a été ouvert</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>There is no journal in {folder} yet; nothing to hand in.</source>
        <translation>Il n&apos;y a encore aucun journal dans {folder}&#xa0;; rien à remettre.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote {path}: the hand-in of “{name}”.</source>
        <translation>{path} écrit&#xa0;: fichier de remise de «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file}: this hand-in is for the prompt pack {pack}, which this app does not have; give it with --pack FILE</source>
        <translation>{file}&#xa0;: ce fichier de remise correspond au jeu de questions {pack}, que cette application ne possède pas&#xa0;; indiquez-le avec --pack FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported “{name}” (answers: {answers}, pictures: {pictures}).</source>
        <translation>Journal «&#xa0;{name}&#xa0;» importé (réponses&#xa0;: {answers}, images&#xa0;: {pictures}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>answers to prompts this pack version does not have were not imported: {prompts}</source>
        <translation>les réponses à des questions absentes de cette version du jeu de questions n&apos;ont pas été importées&#xa0;: {prompts}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give the outcome document to write: -o OUT.pdf, --docx OUT.docx or both</source>
        <translation>indiquez le document de synthèse à écrire&#xa0;: -o OUT.pdf, --docx OUT.docx ou les deux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: -o writes a PDF; give a Word document with --docx</source>
        <translation>{file}&#xa0;: -o écrit un PDF&#xa0;; indiquez un document Word avec --docx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: --docx writes a Word document; give a PDF with -o</source>
        <translation>{file}&#xa0;: --docx écrit un document Word&#xa0;; indiquez un PDF avec -o</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a submissions export does not say which prompt pack it is for; give the pack with --pack FILE</source>
        <translation>un export de soumissions n’indique pas à quel paquet de questions il correspond&#xa0;; indiquez le paquet avec --pack FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: the prompt pack {pack} is not available here; give it with --pack FILE</source>
        <translation>{file}&#xa0;: le jeu de questions {pack} n&apos;est pas disponible ici&#xa0;; indiquez-le avec --pack FILE</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot start the window: {error}. On Debian/Ubuntu install the Qt libraries: sudo apt-get install libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxkbcommon-x11-0</source>
        <translation>impossible d&apos;ouvrir la fenêtre&#xa0;: {error}. Sous Debian/Ubuntu, installez les bibliothèques Qt&#xa0;: sudo apt-get install libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxkbcommon-x11-0</translation>
    </message>
</context>
<context>
    <name>compile</name>
    <message>
        <location filename="../../journal_app/export/compile/appendix.py" line="+34"/>
        <location filename="../../journal_app/export/compile/tables.py" line="+164"/>
        <location line="+13"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/document.py" line="+141"/>
        <location filename="../../journal_app/export/compile/story.py" line="+128"/>
        <source>Participant {number}</source>
        <translation>Participant {number}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/folding.py" line="+127"/>
        <source>{file}: this hand-in is for the prompt pack {pack}, not {expected}. Remove it and compile again; nothing was written.</source>
        <translation>{file}&#xa0;: cette remise correspond au jeu de questions {pack}, et non à {expected}. Retirez-la et relancez la compilation&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file}: {problem}. Remove it and compile again; nothing was written.</source>
        <translation>{file}&#xa0;: {problem}. Retirez ce fichier et relancez la compilation&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>answers.json /answers/{index}: {prompt} is answered twice</source>
        <translation>answers.json /answers/{index}&#xa0;: la question {prompt} a deux réponses</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../journal_app/export/submissions.py" line="+817"/>
        <source>the picture {name}</source>
        <translation>l’image {name}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Time spent (seconds)</source>
        <translation>Temps passé (secondes)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row {row}</source>
        <translation>Ligne {row}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture {number}</source>
        <translation>Image {number}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/story.py" line="-3"/>
        <source>{name} (participant {number})</source>
        <translation>{name} (participant {number})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Outcome document</source>
        <translation>Document de synthèse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this document</source>
        <translation>À propos de ce document</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This document brings together the answers of {count} participants to the prompts of “{title}” (pack {pack} version {version}; the hand-ins were made with versions {versions}).</source>
        <translation>Ce document rassemble les réponses de {count} participants aux questions de «&#xa0;{title}&#xa0;» (jeu de questions {pack}, version {version}&#xa0;; les remises ont été faites avec les versions {versions}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document brings together the answers of 1 participant to the prompts of “{title}” (pack {pack} version {version}; the hand-ins were made with version {used}).</source>
        <translation>Ce document rassemble les réponses d&apos;un participant aux questions de «&#xa0;{title}&#xa0;» (jeu de questions {pack}, version {version}&#xa0;; la remise a été faite avec la version {used}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document brings together the answers of {count} participants to the prompts of “{title}” (pack {pack} version {version}; the hand-ins were made with version {used}).</source>
        <translation>Ce document rassemble les réponses de {count} participants aux questions de «&#xa0;{title}&#xa0;» (jeu de questions {pack}, version {version}&#xa0;; les remises ont été faites avec la version {used}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participants are numbered in the order their hand-ins were given, with the name of their journal. Answers marked private by their authors were never in the hand-ins. The bars of each checklist count the participants who marked an option.</source>
        <translation>Les participants sont numérotés dans l&apos;ordre où leurs remises ont été fournies, avec le nom de leur journal. Les réponses que leurs auteurs avaient marquées comme privées n&apos;ont jamais figuré dans les remises. Les barres de chaque liste à cocher indiquent combien de participants ont coché chaque option.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participants are numbered in the order their hand-ins were given; their names are not shown. Answers marked private by their authors were never in the hand-ins. The bars of each checklist count the participants who marked an option.</source>
        <translation>Les participants sont numérotés dans l&apos;ordre où leurs remises ont été fournies&#xa0;; leurs noms ne sont pas indiqués. Les réponses que leurs auteurs avaient marquées comme privées n&apos;ont jamais figuré dans les remises. Les barres de chaque liste à cocher indiquent combien de participants ont coché chaque option.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../journal_app/export/compile/tables.py" line="-8"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Made with Reflection Journal. The answers are the participants&apos; own.</source>
        <translation>Réalisé avec Reflection Journal. Les réponses n&apos;engagent que les participants.</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/document.py" line="+311"/>
        <source>{title} — outcome document — page {page}</source>
        <translation>{title} — document de synthèse — page {page}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/story.py" line="+9"/>
        <source>Compiled from %n hand-ins</source>
        <translation>
            <numerusform>Compilé à partir de %n remise</numerusform>
            <numerusform>Compilé à partir de %n remises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n answers to prompts this version of the pack does not have, or that no longer fit their prompt, are left out here and kept in the CSV ({prompts}).</source>
        <translation>
            <numerusform>%n réponse à une question absente de cette version du jeu de questions, ou qui ne correspond plus à sa question, est laissée de côté ici et conservée dans le CSV ({prompts}).</numerusform>
            <numerusform>%n réponses à des questions absentes de cette version du jeu de questions, ou qui ne correspondent plus à leur question, sont laissées de côté ici et conservées dans le CSV ({prompts}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n answers to prompts this version of the pack does not have, or that no longer fit their prompt, are left out here ({prompts}).</source>
        <translation>
            <numerusform>%n réponse à une question absente de cette version du jeu de questions, ou qui ne correspond plus à sa question, est laissée de côté ici ({prompts}).</numerusform>
            <numerusform>%n réponses à des questions absentes de cette version du jeu de questions, ou qui ne correspondent plus à leur question, sont laissées de côté ici ({prompts}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Appendix: every answer</source>
        <translation>Annexe&#xa0;: toutes les réponses</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/appendix.py" line="+25"/>
        <source>{answered} of %n participants answered.</source>
        <translation>
            <numerusform>Réponses&#xa0;: {answered} sur %n participant.</numerusform>
            <numerusform>Réponses&#xa0;: {answered} sur %n participants.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/story.py" line="+44"/>
        <source>Time spent (1 participant used the timer): median {median}, from {low} to {high}.</source>
        <translation>Temps passé (1 participant a utilisé le minuteur)&#xa0;: médiane {median}, de {low} à {high}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time spent ({count} participants used the timer): median {median}, from {low} to {high}.</source>
        <translation>Temps passé ({count} participants ont utilisé le minuteur)&#xa0;: médiane {median}, de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/appendix.py" line="+63"/>
        <location filename="../../journal_app/export/compile/synthesis.py" line="+274"/>
        <source>{other} (in their words)</source>
        <translation>{other} (avec leurs propres mots)</translation>
    </message>
    <message>
        <location line="+60"/>
        <location filename="../../journal_app/export/compile/tables.py" line="+11"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/story.py" line="+19"/>
        <source>Prompts nobody answered</source>
        <translation>Questions restées sans réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every prompt has at least one answer.</source>
        <translation>Chaque question a reçu au moins une réponse.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min {seconds:02d} s</source>
        <translation>{minutes}&#xa0;min {seconds:02d}&#xa0;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/run.py" line="+87"/>
        <source>{file} could not be replaced ({error}); it may be open in another program: close it and compile again. Already written: {files}.</source>
        <translation>{file} n’a pas pu être remplacé ({error})&#xa0;; il est peut-être ouvert dans un autre programme&#xa0;: fermez-le et compilez à nouveau. Déjà écrits&#xa0;: {files}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write {file} ({error}). Already written: {files}.</source>
        <translation>Impossible d’écrire {file} ({error}). Déjà écrits&#xa0;: {files}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write {file}: the disk is full. Nothing was written.</source>
        <translation>Impossible d’écrire {file}&#xa0;: le disque est plein. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write {file}: the folder is read-only or you may not write there. Nothing was written.</source>
        <translation>Impossible d’écrire {file}&#xa0;: le dossier est en lecture seule ou vous n’avez pas le droit d’y écrire. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write {file}: {error}. Nothing was written.</source>
        <translation>Impossible d’écrire {file}&#xa0;: {error}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+150"/>
        <source>There are no hand-ins to compile.</source>
        <translation>Il n&apos;y a aucune remise à compiler.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Choose the outcome document to write: a PDF, a Word file or both.</source>
        <translation>Choisissez le document de synthèse à écrire&#xa0;: un PDF, un fichier Word ou les deux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: this hand-in is given twice. Nothing was written.</source>
        <translation>{file}&#xa0;: cette remise est fournie deux fois. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} is one of the hand-ins; choose another file to write.</source>
        <translation>{file} est l&apos;une des remises&#xa0;; choisissez un autre fichier à écrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF, the Word document, the CSV and the spreadsheet must be different files.</source>
        <translation>Le PDF, le document Word, le CSV et le classeur doivent être des fichiers différents.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The compile was cancelled; nothing was written.</source>
        <translation>La compilation a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{problem} Nothing was written.</source>
        <translation>{problem} Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{problem}. Correct the export or leave it out, and compile again; nothing was written.</source>
        <translation>{problem}. Corrigez l’export ou laissez-le de côté, et compilez à nouveau&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}. Remove it and compile again; nothing was written.</source>
        <translation>{problem}. Retirez ce fichier et relancez la compilation&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: the file is damaged ({error}). Remove it and compile again; nothing was written.</source>
        <translation>{file}&#xa0;: le fichier est endommagé ({error}). Retirez-le et relancez la compilation&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The parts of the outcome document could not be put together ({error}). Nothing was written.</source>
        <translation>Les parties du document de synthèse n’ont pas pu être assemblées ({error}). Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/document.py" line="+37"/>
        <location filename="../../journal_app/export/compile/run.py" line="+10"/>
        <source>Could not write temporary files in {folder} ({error}). Nothing was written.</source>
        <translation>Impossible d&apos;écrire des fichiers temporaires dans {folder} ({error}). Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location filename="../../journal_app/export/compile/word.py" line="+316"/>
        <source>{title} — Outcome document</source>
        <translation>{title} — Document de synthèse</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../journal_app/export/compile/word.py" line="-6"/>
        <source>Answers of {count} participants</source>
        <translation>Réponses de {count} participants</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../../journal_app/export/compile/word.py" line="+4"/>
        <source>{title} — outcome document — page {page} of {total}</source>
        <translation>{title} — document de synthèse — page {page} sur {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/synthesis.py" line="-147"/>
        <source>{answered} of %n participants answered ({share}).</source>
        <translation>
            <numerusform>{answered} participant sur %n a répondu ({share}).</numerusform>
            <numerusform>{answered} participants sur %n ont répondu ({share}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand-ins</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt pack</source>
        <translation>Paquet de questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pack}, version {version}</source>
        <translation>{pack}, version {version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made with versions</source>
        <translation>Faites avec les versions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../journal_app/export/compile/tables.py" line="-13"/>
        <source>Handed in</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{share} of its prompts answered</source>
        <translation>{share} de ses questions ont une réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each prompt: how many answered, then up to {quotes} answers quoted, spread evenly over the participants in the order their hand-ins were given (the first, the last and evenly between); every answer is in the CSV.</source>
        <translation>Pour chaque question&#xa0;: combien ont répondu, puis jusqu’à {quotes} réponses citées, réparties également entre les participants dans l’ordre de remise des contributions (la première, la dernière et régulièrement entre les deux)&#xa0;; toutes les réponses sont dans le CSV.</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>… and %n other answers.</source>
        <translation>
            <numerusform>… et %n autre réponse.</numerusform>
            <numerusform>… et %n autres réponses.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/export/compile/tables.py" line="-1"/>
        <source>Journal name</source>
        <translation>Nom du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack version</source>
        <translation>Version du paquet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part (label)</source>
        <translation>Partie (libellé)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not in this pack</source>
        <translation>Absentes de ce paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Question</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/submissions.py" line="-564"/>
        <source>Left out: %n pictures in another format than JPEG, PNG or WebP (HEIC…).</source>
        <translation>
            <numerusform>Laissée de côté&#xa0;: %n image dans un autre format que JPEG, PNG ou WebP (HEIC…).</numerusform>
            <numerusform>Laissées de côté&#xa0;: %n images dans un autre format que JPEG, PNG ou WebP (HEIC…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Left out: %n pictures named in an export but not in its media folder.</source>
        <translation>
            <numerusform>Laissée de côté&#xa0;: %n image nommée dans un export mais absente de son dossier media.</numerusform>
            <numerusform>Laissées de côté&#xa0;: %n images nommées dans un export mais absentes de son dossier media.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Left out: %n pictures of an export without media (the zip with media has them).</source>
        <translation>
            <numerusform>Laissée de côté&#xa0;: %n image d’un export sans media (le zip avec media la contient).</numerusform>
            <numerusform>Laissées de côté&#xa0;: %n images d’un export sans media (le zip avec media les contient).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Left out: %n pictures beyond what their prompt takes in this pack version.</source>
        <translation>
            <numerusform>Laissée de côté&#xa0;: %n image au-delà de ce que sa question accepte dans cette version du paquet.</numerusform>
            <numerusform>Laissées de côté&#xa0;: %n images au-delà de ce que leur question accepte dans cette version du paquet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Left out: %n submissions rejected in ODK Central&apos;s review.</source>
        <translation>
            <numerusform>Laissée de côté&#xa0;: %n soumission rejetée lors de la revue dans ODK Central.</numerusform>
            <numerusform>Laissées de côté&#xa0;: %n soumissions rejetées lors de la revue dans ODK Central.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Left out: %n submissions not approved in KoboToolbox&apos;s validation.</source>
        <translation>
            <numerusform>Laissée de côté&#xa0;: %n soumission non approuvée lors de la validation dans KoboToolbox.</numerusform>
            <numerusform>Laissées de côté&#xa0;: %n soumissions non approuvées lors de la validation dans KoboToolbox.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+188"/>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}, row {row}: {problem}</source>
        <translation>{file}, ligne {row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}, row {row}, column {column}: {problem}</source>
        <translation>{file}, ligne {row}, colonne {column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>holds the same question as the column {other}</source>
        <translation>contient la même question que la colonne {other}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{value} is not 1 or 0 (is this choice ticked?)</source>
        <translation>{value} n’est ni 1 ni 0 (ce choix est-il coché&#xa0;?)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a value that is not text ({kind})</source>
        <translation>une valeur qui n’est pas du texte ({kind})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+341"/>
        <source>a text longer than {limit:,} characters</source>
        <translation>un texte de plus de {limit:,} caractères</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file (a folder, a device or a pipe)</source>
        <translation>pas un fichier (un dossier, un périphérique ou un tube)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a readable .xlsx workbook ({error})</source>
        <translation>pas un classeur .xlsx lisible ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook has no sheet</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>more than {limit:,} submissions; split the export and compile again</source>
        <translation>plus de {limit:,} soumissions&#xa0;; divisez l’export et compilez à nouveau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTF-16 text; export the CSV as UTF-8</source>
        <translation>texte UTF-16&#xa0;; exportez le CSV en UTF-8</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not UTF-8 text; export the CSV as UTF-8 (with or without BOM)</source>
        <translation>pas du texte UTF-8&#xa0;; exportez le CSV en UTF-8 (avec ou sans BOM)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a readable CSV file ({error})</source>
        <translation>pas un fichier CSV lisible ({error})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a readable zip file ({error})</source>
        <translation>pas un fichier zip lisible ({error})</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+11"/>
        <source>too many files inside ({count})</source>
        <translation>trop de fichiers à l’intérieur ({count})</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>names no question of the prompt pack {pack}, by its name or by the naming of the forms pack-to-xlsform writes: the export of another form, or one with labels as headers</source>
        <translation>ne nomme aucune question du paquet de questions {pack}, ni par son nom ni selon la nomenclature des formulaires qu’écrit pack-to-xlsform&#xa0;: l’export d’un autre formulaire, ou un export avec les libellés comme en-têtes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>columns for {count} prompts, more than a hand-in may answer ({limit}): the export of another form</source>
        <translation>des colonnes pour {count} questions, plus qu’une remise ne peut en couvrir ({limit})&#xa0;: l’export d’un autre formulaire</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>more than {limit} choices ticked</source>
        <translation>plus de {limit} choix cochés</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{picture} is larger than {limit} MB</source>
        <translation>{picture} fait plus de {limit} Mo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{picture} is damaged inside the zip file ({error})</source>
        <translation>{picture} est endommagé dans le fichier zip ({error})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>too large for a submissions export ({size:.0f} MB)</source>
        <translation>trop volumineux pour un export de soumissions ({size:.0f} Mo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than {limit:,} columns, more than a submissions export has</source>
        <translation>plus de {limit:,} colonnes, plus qu’un export de soumissions n’en contient</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its first sheet, {sheet}, is a chart, not the table of submissions</source>
        <translation>sa première feuille, {sheet}, est un graphique, et non le tableau des soumissions</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the sheet {sheet} is damaged ({error})</source>
        <translation>la feuille {sheet} est endommagée ({error})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a line longer than {limit} MB, which a CSV export has not</source>
        <translation>une ligne de plus de {limit} Mo, ce qu’un export CSV ne comporte pas</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unsafe path inside: {name}</source>
        <translation>chemin dangereux à l’intérieur&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} expands {ratio}×: refused (a zip bomb?)</source>
        <translation>{name} se décompresse {ratio}×&#xa0;: refusé (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no submissions table inside (an ODK Central export holds &lt;form id&gt;.csv)</source>
        <translation>aucune table de soumissions à l’intérieur (un export ODK Central contient &lt;form id&gt;.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the table inside is damaged ({error})</source>
        <translation>la table à l’intérieur est endommagée ({error})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>empty: no header, no submissions</source>
        <translation>vide&#xa0;: pas d’en-tête, pas de soumissions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/report.py" line="+90"/>
        <source>Compiled %n hand-ins into {pdf} ({pages} pages) and {docx}.</source>
        <translation>
            <numerusform>%n remise compilée dans {pdf} ({pages} pages) et {docx}.</numerusform>
            <numerusform>%n remises compilées dans {pdf} ({pages} pages) et {docx}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Compiled %n hand-ins into {pdf} ({pages} pages).</source>
        <translation>
            <numerusform>%n remise compilée dans {pdf} ({pages} pages).</numerusform>
            <numerusform>%n remises compilées dans {pdf} ({pages} pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Compiled %n hand-ins into {docx}.</source>
        <translation>
            <numerusform>%n remise compilée dans {docx}.</numerusform>
            <numerusform>%n remises compilées dans {docx}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answers are also in {files}.</source>
        <translation>Les réponses figurent aussi dans {files}.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document and are in the CSV.</source>
        <translation>
            <numerusform>%n réponse à une question absente de cette version du jeu de questions (ou qui n&apos;y correspond plus) est laissée hors du document de synthèse et figure dans le CSV.</numerusform>
            <numerusform>%n réponses à des questions absentes de cette version du jeu de questions (ou qui n&apos;y correspondent plus) sont laissées hors du document de synthèse et figurent dans le CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document and are in the spreadsheet.</source>
        <translation>
            <numerusform>%n réponse à une question absente de cette version du jeu de questions (ou qui n’y correspond plus) est laissée hors du document de synthèse et figure dans le classeur.</numerusform>
            <numerusform>%n réponses à des questions absentes de cette version du jeu de questions (ou qui n’y correspondent plus) sont laissées hors du document de synthèse et figurent dans le classeur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n answers to prompts this version of the pack does not have (or that no longer fit them) are left out of the outcome document.</source>
        <translation>
            <numerusform>%n réponse à une question absente de cette version du jeu de questions (ou qui n&apos;y correspond plus) est laissée hors du document de synthèse.</numerusform>
            <numerusform>%n réponses à des questions absentes de cette version du jeu de questions (ou qui n&apos;y correspondent plus) sont laissées hors du document de synthèse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Word document is {size} MB, more than the 512 MB Word opens: compile it without every answer, and write every answer to a spreadsheet.</source>
        <translation>Le document Word fait {size} Mo, plus que les 512 Mo que Word ouvre&#xa0;: compilez-le sans toutes les réponses, et écrivez toutes les réponses dans un classeur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/synthesis.py"/>
        <source>… and %n more pictures.</source>
        <translation>
            <numerusform>… et %n autre image.</numerusform>
            <numerusform>… et %n autres images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/export/compile/synthesis.py"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../journal_app/ui/crash.py" line="+211"/>
        <source>Something went wrong inside Reflection Journal: this is a bug, not something you did. Your answers have been saved and you can go on working.</source>
        <translation>Un problème est survenu dans Reflection Journal : c’est un bogue, pas une erreur de votre part. Vos réponses ont été enregistrées et vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong inside Reflection Journal: this is a bug, not something you did. Some answers could not be saved: keep the window open, copy your latest text somewhere safe, then try closing the window.</source>
        <translation>Un problème est survenu dans Reflection Journal : c’est un bogue, pas une erreur de votre part. Certaines réponses n’ont pas pu être enregistrées : gardez la fenêtre ouverte, copiez votre dernier texte en lieu sûr, puis essayez de fermer la fenêtre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A report was written to {0}. Please send it to whoever gave you the app.</source>
        <translation>Un rapport a été écrit dans {0}. Merci de l’envoyer à la personne qui vous a donné l’application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports of this session are in {0}.</source>
        <translation>Les rapports de cette session sont dans {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report could not be written to the data folder.</source>
        <translation>Le rapport n’a pas pu être écrit dans le dossier des données.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reflection Journal: a bug</source>
        <translation>Reflection Journal : un bogue</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../journal_app/export/fonts.py" line="+176"/>
        <location line="+34"/>
        <source>The font file {path} is missing; reinstall Reflection Journal.</source>
        <translation>Le fichier de police {path} est introuvable&#xa0;; réinstallez Reflection Journal.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>The font file {path} cannot be read ({error}); reinstall Reflection Journal.</source>
        <translation>Le fichier de police {path} est illisible ({error})&#xa0;; réinstallez Reflection Journal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not the file that was installed</source>
        <translation>ce n’est pas le fichier installé</translation>
    </message>
    <message>
        <location line="+367"/>
        <source>private use</source>
        <translation>usage privé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>emoji and symbols</source>
        <translation>émojis et symboles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>combining marks</source>
        <translation>signes combinants</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/layout.py" line="+115"/>
        <source>{count} {script} ({examples})</source>
        <translation>{count} {script} ({examples})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} different characters have no font here and are drawn as empty boxes (□): {scripts}.</source>
        <translation>{count} caractères différents n’ont pas de police ici et sont dessinés comme des cases vides (□)&#xa0;: {scripts}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U+{code:04X} {character} {name} ({script}): {places}</source>
        <translation>U+{code:04X} {character} {name} ({script})&#xa0;: {places}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/docx.py" line="+1690"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small print</source>
        <translation>Petits caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table text</source>
        <translation>Texte de tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover details</source>
        <translation>Détails de couverture</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/pdf.py" line="+746"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/layout.py" line="+812"/>
        <source>Something is taller than a page and cannot be laid out: a very long note, option or table heading in the prompt pack, or a very long picture description. Shorten it; nothing was written.</source>
        <translation>Un élément est plus haut qu’une page et ne peut pas être mis en page&#xa0;: une note, une option ou un en-tête de tableau très long dans le jeu de questions, ou une description d’image très longue. Raccourcissez-le&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not write the Word document in {folder}: the disk is full. Nothing was written.</source>
        <translation>Impossible d’écrire le document Word dans {folder}&#xa0;: le disque est plein. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the Word document in {folder}: the folder is read-only or you may not write there. Nothing was written.</source>
        <translation>Impossible d’écrire le document Word dans {folder}&#xa0;: le dossier est en lecture seule ou vous n’avez pas le droit d’y écrire. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the Word document in {folder}: {error}. Nothing was written.</source>
        <translation>Impossible d’écrire le document Word dans {folder}&#xa0;: {error}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the outcome document in {folder}: the disk is full. Nothing was written.</source>
        <translation>Impossible d&apos;écrire le document de synthèse dans {folder}&#xa0;: le disque est plein. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the PDF in {folder}: the disk is full. Nothing was written.</source>
        <translation>Impossible d&apos;écrire le PDF dans {folder}&#xa0;: le disque est plein. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the outcome document in {folder}: the folder is read-only or you may not write there. Nothing was written.</source>
        <translation>Impossible d&apos;écrire le document de synthèse dans {folder}&#xa0;: le dossier est en lecture seule ou vous n&apos;avez pas le droit d&apos;y écrire. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the PDF in {folder}: the folder is read-only or you may not write there. Nothing was written.</source>
        <translation>Impossible d&apos;écrire le PDF dans {folder}&#xa0;: le dossier est en lecture seule ou vous n&apos;avez pas le droit d&apos;y écrire. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the outcome document in {folder}: {error}. Nothing was written.</source>
        <translation>Impossible d&apos;écrire le document de synthèse dans {folder}&#xa0;: {error}. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the PDF in {folder}: {error}. Nothing was written.</source>
        <translation>Impossible d&apos;écrire le PDF dans {folder}&#xa0;: {error}. Aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>handin</name>
    <message>
        <location filename="../../journal_app/export/handin.py" line="+282"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write the hand-in in {folder}: {reason}. Nothing was written.</source>
        <translation>Impossible d&apos;écrire le fichier de remise dans {folder}&#xa0;: {reason}. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>not UTF-8 text</source>
        <translation>pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}, line {line} column {column}</source>
        <translation>{reason}, ligne {line} colonne {column}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot be read</source>
        <translation>lecture impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file (a folder, a device or a pipe)</source>
        <translation>ce n’est pas un fichier (un dossier, un périphérique ou un tube)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too large for a hand-in ({size:.0f} MB)</source>
        <translation>trop volumineux pour un fichier de remise ({size:.0f} Mo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a hand-in (not a readable zip file: {error})</source>
        <translation>ce n&apos;est pas un fichier de remise (fichier zip illisible&#xa0;: {error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too many files inside ({count})</source>
        <translation>contient trop de fichiers ({count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unsafe path inside: {name}</source>
        <translation>contient un chemin dangereux&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected file inside: {name}</source>
        <translation>contient un fichier inattendu&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file {name} appears twice inside</source>
        <translation>le fichier {name} y figure deux fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} expands {ratio}×: refused (a zip bomb?)</source>
        <translation>{name} grossit {ratio}× à la décompression&#xa0;: refusé (bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its contents would take {size:.0f} MB: refused (a zip bomb?)</source>
        <translation>son contenu occuperait {size:.0f} Mo&#xa0;: refusé (bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a hand-in (manifest.json or answers.json is missing)</source>
        <translation>ce n&apos;est pas un fichier de remise (manifest.json ou answers.json manque)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is compressed in a way hand-ins never are (not a hand-in?)</source>
        <translation>{name} est compressé d’une façon que les remises n’utilisent jamais (est-ce bien une remise ?)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is encrypted inside the zip file (hand-ins never are)</source>
        <translation>{name} est chiffré dans le fichier zip (les remises ne le sont jamais)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is damaged inside the zip file ({error})</source>
        <translation>{name} est endommagé dans le fichier zip ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is larger than {limit} MB</source>
        <translation>{name} dépasse {limit} Mo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manifest.json is not valid JSON ({error})</source>
        <translation>manifest.json n&apos;est pas un JSON valide ({error})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Reflection Journal hand-in (manifest.json has another format)</source>
        <translation>ce n&apos;est pas un fichier de remise de Reflection Journal (manifest.json indique un autre format)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>made by a newer version of Reflection Journal (hand-in format {format}); update the app to read it</source>
        <translation>créé par une version plus récente de Reflection Journal (format de remise {format})&#xa0;; mettez l&apos;application à jour pour le lire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>manifest.json does not list exactly the files inside</source>
        <translation>manifest.json ne liste pas exactement les fichiers contenus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} does not match its checksum: the file is damaged or was altered</source>
        <translation>{name} ne correspond pas à sa somme de contrôle&#xa0;: le fichier est endommagé ou a été modifié</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is inside, but no answer names it: refused unread</source>
        <translation>{name} est présent, mais aucune réponse ne le nomme : refusé sans être lu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported journal</source>
        <translation>Journal importé</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>answers.json is not valid JSON ({error})</source>
        <translation>answers.json n&apos;est pas un JSON valide ({error})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(and {count} more problems)</source>
        <translation>(et {count} autres problèmes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>answers.json /answers/{index}: a second answer to the prompt {prompt}</source>
        <translation>answers.json /answers/{index} : une deuxième réponse à la question {prompt}</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>answers.json names a picture that is not inside: {name}</source>
        <translation>answers.json cite une image absente du fichier&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="-549"/>
        <source>{file}: that workshop passphrase does not open this hand-in.</source>
        <translation>{file}&#xa0;: cette phrase secrète d’atelier n’ouvre pas cette remise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: this hand-in is locked with a workshop passphrase; give it to read it.</source>
        <translation>{file}&#xa0;: cette remise est verrouillée par une phrase secrète d’atelier&#xa0;; donnez-la pour la lire.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{file}: a locked hand-in, but its header is damaged</source>
        <translation>{file}&#xa0;: une remise verrouillée, mais son en-tête est endommagé</translation>
    </message>
    <message>
        <location line="+540"/>
        <source>{file}: answers.json /images: {count} pictures for the prompt {prompt}, which takes at most {most}</source>
        <translation>{file} : answers.json /images : {count} images pour la question {prompt}, qui en prend au plus {most}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file}: answers.json /images/{index}: the pictures have more than {limit} million pixels together; refused before decoding them</source>
        <translation>{file} : answers.json /images/{index} : les images ont ensemble plus de {limit} millions de pixels ; refusées avant d’être décodées</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{file}: this hand-in is for the prompt pack {pack}, not {expected}</source>
        <translation>{file}&#xa0;: ce fichier de remise correspond au jeu de questions {pack}, et non à {expected}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file}: answers.json /answers/{index}: a {kind} answer for a {expected} prompt ({prompt})</source>
        <translation>{file}&#xa0;: answers.json /answers/{index}&#xa0;: une réponse de type {kind} pour une question de type {expected} ({prompt})</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message numerus="yes">
        <location filename="../../journal_app/packs/loader.py" line="+84"/>
        <source>{problem} (and %n more problems)</source>
        <translation>
            <numerusform>{problem} (et %n autre problème)</numerusform>
            <numerusform>{problem} (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>not a pack: JSON {reason}</source>
        <translation>ce n’est pas un jeu de questions : JSON {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: {error} (column {column})</source>
        <translation>JSON non valide&#xa0;: {error} (colonne {column})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a prompt pack: expected a JSON object with &quot;format&quot;, &quot;id&quot; and &quot;sections&quot; (see prompts/pack.schema.json)</source>
        <translation>ce n&apos;est pas un jeu de questions&#xa0;: un objet JSON avec &quot;format&quot;, &quot;id&quot; et &quot;sections&quot; est attendu (voir prompts/pack.schema.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this key appears twice in the same object; keep one</source>
        <translation>cette clé apparaît deux fois dans le même objet&#xa0;; n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is a folder, not a pack file</source>
        <translation>c&apos;est un dossier, pas un fichier de jeu de questions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a device or a pipe, not a file</source>
        <translation>est un périphérique ou un tube, pas un fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../journal_app/packs/xlsform.py" line="+977"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read: permission denied</source>
        <translation>lecture impossible&#xa0;: permission refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../journal_app/packs/xlsform.py" line="+9"/>
        <source>cannot be read: {reason}</source>
        <translation>lecture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too large for a pack (over {limit} MB); is it the right file?</source>
        <translation>trop volumineux pour un jeu de questions (plus de {limit} Mo)&#xa0;; est-ce bien le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save the pack as UTF-8</source>
        <translation>ce n&apos;est pas du texte UTF-8 (octet 0x{byte:02x} à la position {offset})&#xa0;; enregistrez le jeu de questions en UTF-8</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>this app reads pack format 1</source>
        <translation>cette application lit le format 1 des jeux de questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind {kind}; a prompt&apos;s kind is one of: {kinds}</source>
        <translation>valeur de kind inconnue {kind}&#xa0;; le kind d&apos;une question est l&apos;une des valeurs suivantes&#xa0;: {kinds}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>duplicate section id {id} (first used at {first})</source>
        <translation>id de section {id} en double (première utilisation&#xa0;: {first})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duplicate group id {id} (first used at {first})</source>
        <translation>id de groupe {id} en double (première utilisation&#xa0;: {first})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate prompt id {id} (first used at {first})</source>
        <translation>id de question {id} en double (première utilisation&#xa0;: {first})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate page id {id} (first used at {first})</source>
        <translation>id de page {id} en double (première utilisation&#xa0;: {first})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>duplicate option id {id} (first used at {first})</source>
        <translation>id d&apos;option {id} en double (première utilisation&#xa0;: {first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate stem id {id} (first used at {first})</source>
        <translation>id de début de phrase {id} en double (première utilisation&#xa0;: {first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate column id {id} (first used at {first})</source>
        <translation>id de colonne {id} en double (première utilisation&#xa0;: {first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate row id {id} (first used at {first})</source>
        <translation>id de ligne {id} en double (première utilisation&#xa0;: {first})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no option set named {name} (known: {known})</source>
        <translation>aucun ensemble d&apos;options (option_sets) nommé {name} (ensembles connus&#xa0;: {known})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no option set named {name} (known: none defined)</source>
        <translation>aucun ensemble d&apos;options (option_sets) nommé {name} (aucun ensemble n&apos;est défini)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no column {column} in this table (columns: {columns})</source>
        <translation>pas de colonne {column} dans ce tableau (colonnes&#xa0;: {columns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every cell of this row is printed text, so there is nothing to answer; leave out the cell(s) the user should fill in</source>
        <translation>toutes les cellules de cette ligne sont du texte imprimé, il n&apos;y a donc rien à remplir&#xa0;; retirez les cellules que l&apos;utilisateur doit remplir</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>translations must include the pack&apos;s default language {language}</source>
        <translation>les traductions doivent inclure la langue par défaut du jeu de questions, {language}</translation>
    </message>
    <message>
        <location filename="../../journal_app/packs/strictjson.py" line="+68"/>
        <source>NaN and Infinity are not numbers JSON allows</source>
        <translation>NaN et Infinity ne sont pas des nombres que JSON permet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number of more than {digits} digits</source>
        <translation>un nombre de plus de {digits} chiffres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nested too deeply</source>
        <translation>trop profondément imbriqué</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{escape} is half of a character, not text</source>
        <translation>{escape} est la moitié d’un caractère, pas du texte</translation>
    </message>
    <message>
        <location filename="../../journal_app/packs/xlsform.py" line="-344"/>
        <source>the attribution</source>
        <translation>l’attribution</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts marked {mark} have words that the source of the printed journal lost or scrambled, supplied for this edition: they are not the journal&apos;s own words.</source>
        <translation>Les questions marquées {mark} contiennent des mots que la source du journal imprimé a perdus ou mélangés, complétés pour cette édition&#xa0;: ce ne sont pas les mots du journal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the page {id}</source>
        <translation>la page {id}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the section {id}</source>
        <translation>la section {id}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the group {id}</source>
        <translation>le groupe {id}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the prompt {id}</source>
        <translation>la question {id}</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>the form would have two questions named {first} (for {first_owner}) and {second} (for {second_owner}), which ODK Central, KoboToolbox and their exports may not tell apart: change one of these ids in the pack</source>
        <translation>le formulaire aurait deux questions nommées {first} (pour {first_owner}) et {second} (pour {second_owner}), qu’ODK Central, KoboToolbox et leurs exports risquent de ne pas distinguer&#xa0;: modifiez l’un de ces identifiants dans le paquet</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+1467"/>
        <source>Could not write {path}: {reason}. Nothing was written.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="-1440"/>
        <source>not a file (a folder, a device or a pipe)</source>
        <translation>pas un fichier (un dossier, un périphérique ou un tube)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too large ({size:.0f} MB; at most {limit} MB are read)</source>
        <translation>trop volumineux ({size:.0f} Mo&#xa0;; {limit} Mo au plus sont lus)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an .xls workbook of an older Excel; save it as .xlsx (Excel Workbook)</source>
        <translation>un classeur .xls d’une ancienne version d’Excel&#xa0;; enregistrez-le au format .xlsx (Classeur Excel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an .xlsx workbook (not a zip file)</source>
        <translation>pas un classeur .xlsx (pas un fichier zip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an .xlsx workbook ({error})</source>
        <translation>pas un classeur .xlsx ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an .xlsx workbook ({count} parts inside)</source>
        <translation>pas un classeur .xlsx ({count} parties à l’intérieur)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a part inside expands {ratio}×: refused (a zip bomb?)</source>
        <translation>une partie interne se décompresse {ratio}×&#xa0;: refusé (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its contents would take {size:.0f} MB: refused (a zip bomb?)</source>
        <translation>son contenu occuperait {size:.0f} Mo&#xa0;: refusé (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an .xlsx workbook (no xl/workbook.xml inside)</source>
        <translation>pas un classeur .xlsx (pas de xl/workbook.xml à l’intérieur)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{file}, sheet {sheet}</source>
        <translation>{file}, feuille {sheet}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}, feuille {sheet}, ligne {row}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}</source>
        <translation>{file}, feuille {sheet}, ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{where}: a chart sheet, not a sheet of cells</source>
        <translation>{where}&#xa0;: une feuille de graphique, et non une feuille de cellules</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>more than {limit} columns; is it the right file?</source>
        <translation>plus de {limit} colonnes&#xa0;; est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>more than {limit} rows; is it the right file?</source>
        <translation>plus de {limit} lignes&#xa0;; est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a value that is not text ({kind})</source>
        <translation>une valeur qui n’est pas du texte ({kind})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a text longer than {limit:,} characters</source>
        <translation>un texte de plus de {limit:,} caractères</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the column {column} appears twice</source>
        <translation>la colonne {column} apparaît deux fois</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} cannot be an id: 1 to 80 lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit</source>
        <translation>{name} ne peut pas être un identifiant&#xa0;: de 1 à 80 lettres minuscules, chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;, commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>cannot tell which language {language} is: write it with its code, as in label::English (en)</source>
        <translation>impossible de savoir quelle langue est {language}&#xa0;: écrivez-la avec son code, comme dans label::English (en)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>this text is in no language, beside columns that name theirs (such as {named}): name its language in the settings sheet (default_language, e.g. English (en)), or name its column as in {column}::English (en)</source>
        <translation>ce texte n’a aucune langue, alors que des colonnes voisines nomment la leur (comme {named})&#xa0;: indiquez sa langue dans la feuille settings (default_language, p. ex. English (en)), ou nommez sa colonne comme dans {column}::English (en)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{column} and {other} give different texts in the same language ({language}): keep one of them</source>
        <translation>{column} et {other} donnent des textes différents dans la même langue ({language})&#xa0;: n’en gardez qu’un</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no text in the form&apos;s default language {language}</source>
        <translation>aucun texte dans la langue par défaut du formulaire, {language}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{reference} refers to an answer in ODK, but a pack shows it as it is written</source>
        <translation>{reference} renvoie à une réponse dans ODK, mais un paquet l’affiche tel quel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{markup} is formatting (Markdown or HTML) in ODK, but a pack shows it as it is written</source>
        <translation>{markup} est une mise en forme (Markdown ou HTML) dans ODK, mais un paquet l’affiche telle quelle</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no property named</source>
        <translation>aucune propriété nommée</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no list name</source>
        <translation>aucun nom de liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a choice without a name</source>
        <translation>un choix sans nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a choice without a label</source>
        <translation>un choix sans label</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the list {list} has the choice {name} twice</source>
        <translation>la liste {list} contient deux fois le choix {name}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no type</source>
        <translation>aucun type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>end_group without a begin_group before it</source>
        <translation>end_group sans begin_group qui le précède</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a question without a name</source>
        <translation>une question sans nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a valid name: letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or &apos;_&apos;</source>
        <translation>{name} n’est pas un nom valide&#xa0;: lettres, chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;, commençant par une lettre ou &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the name {name} is used twice (first in row {first})</source>
        <translation>le nom {name} est utilisé deux fois (d’abord à la ligne {first})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a pack has no skip logic: this condition is left out, and the question is always asked</source>
        <translation>un paquet n’a pas de logique de saut&#xa0;: cette condition est laissée de côté, et la question est toujours posée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this group is never closed (no end_group for it)</source>
        <translation>ce groupe n’est jamais fermé (aucun end_group pour lui)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no questions</source>
        <translation>aucune question</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>not of the form {{&quot;number&quot;: &quot;4&quot;, &quot;reason&quot;: &quot;…&quot;}}</source>
        <translation>pas de la forme {{&quot;number&quot;: &quot;4&quot;, &quot;reason&quot;: &quot;…&quot;}}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>groups nest at most three deep here (section, group, a prompt&apos;s parts)</source>
        <translation>ici, les groupes s’imbriquent sur trois niveaux au plus (section, groupe, parties d’une question)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a prompt with parts needs a label</source>
        <translation>une question à plusieurs parties nécessite un label</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>this page has no body</source>
        <translation>cette page n’a pas de corps</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>this group has no questions</source>
        <translation>ce groupe n’a aucune question</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>repeats are not supported: a pack&apos;s prompts are fixed</source>
        <translation>les répétitions ne sont pas prises en charge&#xa0;: les questions d’un paquet sont fixes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>question type {type} cannot be a prompt (a pack takes text, select_multiple, image and note questions)</source>
        <translation>le type de question {type} ne peut pas être une question (un paquet accepte les questions text, select_multiple, image et note)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown question type {type}</source>
        <translation>type de question inconnu {type}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a prompt&apos;s parts are text and image questions, not {type}</source>
        <translation>les parties d’une question sont des questions text et image, pas {type}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a page holds notes only</source>
        <translation>une page ne contient que des notes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a question needs a label</source>
        <translation>une question nécessite un label</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>select_multiple needs a list name</source>
        <translation>select_multiple nécessite un nom de liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{words} is not supported after the list name; for an &quot;Other&quot; choice add a choice named other to the list</source>
        <translation>{words} n’est pas pris en charge après le nom de liste&#xa0;; pour un choix «&#xa0;Autre&#xa0;», ajoutez à la liste un choix nommé other</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no list named {list} in the choices sheet</source>
        <translation>aucune liste nommée {list} dans la feuille choices</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the list {list} has no choices</source>
        <translation>la liste {list} n’a aucun choix</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the option set {name} has other options here than in row {first}</source>
        <translation>le jeu d’options {name} a ici d’autres options qu’à la ligne {first}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{prop} must be a whole number from {low} to {high}</source>
        <translation>{prop} doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{prop} must be true or false</source>
        <translation>{prop} doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the question {name} is a {type} question, not a {kind} prompt</source>
        <translation>la question {name} est une question {type}, pas une question {kind}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this group holds no questions</source>
        <translation>ce groupe ne contient aucune question</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind {kind}</source>
        <translation>genre inconnu {kind}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an item of a text prompt is a labelled text question</source>
        <translation>un élément d’une question de texte est une question text avec un label</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a table needs its columns in the pack sheet</source>
        <translation>un tableau nécessite ses colonnes dans la feuille pack</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a cell of a row the table does not have, or without text</source>
        <translation>une cellule d’une ligne que le tableau n’a pas, ou sans texte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a table needs rows in the pack sheet</source>
        <translation>un tableau nécessite des lignes dans la feuille pack</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no form_id</source>
        <translation>aucun form_id</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the version {version} is not a pack version such as 1.0 or 1.2.3</source>
        <translation>la version {version} n’est pas une version de paquet telle que 1.0 ou 1.2.3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the version is a number in the spreadsheet, which keeps no trailing zeros (1.10 is 1.1, 1.0 is 1): it is read as {version}; type it as text if the pack&apos;s version is another</source>
        <translation>la version est un nombre dans le classeur, qui ne garde pas les zéros finaux (1.10 devient 1.1, 1.0 devient 1)&#xa0;: elle est lue comme {version}&#xa0;; saisissez-la comme texte si la version du paquet est différente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the version {written} is a whole number, as ODK allows; a pack&apos;s version has a dot, so this pack&apos;s is {version}</source>
        <translation>la version {written} est un nombre entier, ce qu’ODK permet&#xa0;; la version d’un paquet comporte un point, donc celle de ce paquet est {version}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the form says nothing of its copyright or licence, so the pack says &quot;-&quot;: write them in the pack file (attribution), or in a sheet named pack with the rows copyright and licence (columns property and value)</source>
        <translation>le formulaire ne dit rien de son copyright ni de sa licence, donc le paquet indique &quot;-&quot;&#xa0;: écrivez-les dans le fichier du paquet (attribution), ou dans une feuille nommée pack avec les lignes copyright et licence (colonnes property et value)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{file}: not a readable .xlsx workbook ({error})</source>
        <translation>{file}&#xa0;: pas un classeur .xlsx lisible ({error})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: no sheet named survey (sheets: {sheets})</source>
        <translation>{file}&#xa0;: aucune feuille nommée survey (feuilles&#xa0;: {sheets})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: the sheet is damaged ({error})</source>
        <translation>{where}&#xa0;: la feuille est endommagée ({error})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no column named {column}</source>
        <translation>aucune colonne nommée {column}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: {count} more warnings of these kinds</source>
        <translation>{file}&#xa0;: {count} autres avertissements de ces types</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../journal_app/export/layout.py" line="-944"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/docx.py" line="-631"/>
        <location filename="../../journal_app/export/pdf.py" line="-526"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/layout.py" line="+379"/>
        <source>Section {number}: {title}</source>
        <translation>Section {number}&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/docx.py" line="+25"/>
        <location filename="../../journal_app/export/pdf.py" line="+71"/>
        <source>A workbook to fill in by hand</source>
        <translation>Cahier à remplir à la main</translation>
    </message>
    <message>
        <location line="-124"/>
        <location filename="../../journal_app/export/layout.py" line="+460"/>
        <source>Made with Reflection Journal. The answers are the author&apos;s own.</source>
        <translation>Réalisé avec Reflection Journal. Les réponses n&apos;engagent que leur auteur.</translation>
    </message>
    <message>
        <location line="+178"/>
        <location filename="../../journal_app/export/pdf.py" line="-18"/>
        <source>Item {number} of the printed journal could not be recovered.</source>
        <translation>L’élément {number} du journal imprimé n’a pas pu être retrouvé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../journal_app/export/pdf.py" line="+4"/>
        <source>An item of the printed journal could not be recovered.</source>
        <translation>Un élément du journal imprimé n’a pas pu être retrouvé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../journal_app/export/pdf.py" line="+65"/>
        <source>Private answer: kept out of hand-ins, printed on request.</source>
        <translation>Réponse privée : exclue des remises, imprimée à votre demande.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../journal_app/export/pdf.py" line="+19"/>
        <source>Time spent: {minutes} min {seconds:02d} s</source>
        <translation>Temps passé&#xa0;: {minutes}&#xa0;min {seconds:02d}&#xa0;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../journal_app/export/pdf.py" line="+2"/>
        <source>Time spent: {minutes} min</source>
        <translation>Temps passé&#xa0;: {minutes}&#xa0;min</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../journal_app/export/pdf.py" line="+3"/>
        <source>Skipped on purpose.</source>
        <translation>Question passée volontairement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../journal_app/export/pdf.py" line="+11"/>
        <source>About this edition</source>
        <translation>À propos de cette édition</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../journal_app/export/pdf.py" line="+5"/>
        <source>Wording supplied</source>
        <translation>Formulations complétées</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/pdf.py" line="+436"/>
        <source>Prompts marked {mark} have words that the source of the printed journal lost or scrambled, supplied for this edition: they are not the journal&apos;s own words.</source>
        <translation>Les questions marquées {mark} contiennent des mots que la source du journal imprimé a perdus ou mélangés, complétés pour cette édition&#xa0;: ce ne sont pas les mots du journal.</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/docx.py" line="+4"/>
        <location filename="../../journal_app/export/pdf.py" line="-432"/>
        <source>Items left out</source>
        <translation>Éléments omis</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/pdf.py" line="+422"/>
        <source>{place}, item {number}</source>
        <translation>{place}, élément {number}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/docx.py" line="+11"/>
        <location filename="../../journal_app/export/pdf.py" line="-408"/>
        <source>Answers to prompts no longer in this journal</source>
        <translation>Réponses à des questions qui ne figurent plus dans ce journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../journal_app/export/pdf.py" line="+4"/>
        <source>A newer version of the journal no longer has these prompts; your answers are kept.</source>
        <translation>Une version plus récente du journal ne contient plus ces questions&#xa0;; vos réponses sont conservées.</translation>
    </message>
    <message>
        <location line="+225"/>
        <location filename="../../journal_app/export/pdf.py" line="+171"/>
        <source>Stick a photo here or draw</source>
        <translation>Collez une photo ici ou dessinez</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../journal_app/export/pdf.py" line="+2"/>
        <source>Stick a photo here</source>
        <translation>Collez une photo ici</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../journal_app/export/pdf.py" line="+37"/>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <location line="+544"/>
        <location filename="../../journal_app/export/pdf.py" line="+61"/>
        <source>{title} — page {page} of {total}</source>
        <translation>{title} — page {page} sur {total}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/pdf.py" line="+204"/>
        <source>Answers of {date}</source>
        <translation>Réponses du {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers from {first} to {last}</source>
        <translation>Réponses du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../journal_app/export/layout.py" line="+34"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../journal_app/store/answers.py" line="+181"/>
        <source>not a {kind} answer: {error}</source>
        <translation>pas une réponse de type {kind}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {kind} prompt has no stored value</source>
        <translation>une question de type {kind} n&apos;a pas de valeur enregistrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a list, found {type}</source>
        <translation>une liste était attendue, mais {type} a été trouvé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected text, found {type}</source>
        <translation>du texte était attendu, mais {type} a été trouvé</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../journal_app/store/repository.py" line="+463"/>
        <source>it is a note, which takes no answer</source>
        <translation>c&apos;est une note, qui n&apos;attend pas de réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no timer, so no time spent can be recorded</source>
        <translation>elle n&apos;a pas de minuteur, aucun temps passé ne peut donc être enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time spent cannot be negative</source>
        <translation>le temps passé ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the time spent is longer than its {minutes}-minute timer</source>
        <translation>le temps passé dépasse son minuteur de {minutes} minutes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a text is longer than {count:,} characters</source>
        <translation>un texte dépasse {count:,} caractères</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a picture prompt is answered with pictures, not a value</source>
        <translation>on répond à une question d&apos;images par des images, pas par une valeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected {expected} items, got {given}</source>
        <translation>{expected} éléments attendus, {given} reçus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no option {option} (options: {options})</source>
        <translation>pas d&apos;option {option} (options&#xa0;: {options})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an option is ticked twice</source>
        <translation>une option est cochée deux fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no &quot;Other&quot; choice</source>
        <translation>elle n&apos;a pas de choix «&#xa0;Autre&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cell ({row}, {column}) is not a cell to answer</source>
        <translation>la cellule ({row}, {column}) n&apos;est pas une cellule à remplir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cell ({row}, {column}) is given twice</source>
        <translation>la cellule ({row}, {column}) est donnée deux fois</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no sentence beginning {stem}</source>
        <translation>pas de début de phrase {stem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a sentence beginning is completed twice</source>
        <translation>un début de phrase est complété deux fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {kind} prompt cannot take a {type}</source>
        <translation>une question de type {kind} ne peut pas recevoir de valeur {type}</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/backups.py" line="+98"/>
        <source>Could not write a backup of {database} to {folder}: {reason}.</source>
        <translation>Impossible d&apos;écrire une sauvegarde de {database} dans {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No backup named {name} in {folder}; &apos;journal-app backups&apos; lists them.</source>
        <translation>Aucune sauvegarde nommée {name} dans {folder}&#xa0;; la commande &apos;journal-app backups&apos; les affiche.</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/db.py" line="+120"/>
        <source>Cannot create the data folder {folder}: {reason}.</source>
        <translation>Impossible de créer le dossier de données {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The journal in {folder} was not closed properly, and the folder cannot be written: open it once in the app where it can be written, then try again.</source>
        <translation>Le journal dans {folder} n&apos;a pas été fermé correctement, et le dossier ne peut pas être modifié&#xa0;: ouvrez-le une fois dans l&apos;application là où il peut l&apos;être, puis réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal in {folder} needs an update that cannot be written there: copy the folder somewhere that can be written, or open it once in the app.</source>
        <translation>Le journal dans {folder} doit être mis à jour, ce qui ne peut pas être écrit à cet endroit&#xa0;: copiez le dossier dans un emplacement modifiable, ou ouvrez-le une fois dans l&apos;application.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the integrity check failed: {details}</source>
        <translation>la vérification d&apos;intégrité a échoué&#xa0;: {details}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is an SQLite database, but not a Reflection Journal one</source>
        <translation>c&apos;est une base de données SQLite, mais pas une base de Reflection Journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the journal database {path}: {error}. Check that the folder can be read and written.</source>
        <translation>Impossible d&apos;ouvrir la base de données des journaux {path}&#xa0;: {error}. Vérifiez que le dossier est accessible en lecture et en écriture.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read {path}: the disk is full or cannot be read ({error}).</source>
        <translation>Impossible de lire {path}&#xa0;: le disque est plein ou illisible ({error}).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Could not save to {path}: the disk is full. Everything saved before is still there.</source>
        <translation>Impossible d&apos;enregistrer dans {path}&#xa0;: le disque est plein. Tout ce qui a été enregistré auparavant est toujours là.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save to {path}: the folder or file is read-only. Everything saved before is still there.</source>
        <translation>Impossible d&apos;enregistrer dans {path}&#xa0;: le dossier ou le fichier est en lecture seule. Tout ce qui a été enregistré auparavant est toujours là.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save to {path}: the file cannot be opened (check the folder&apos;s permissions). Everything saved before is still there.</source>
        <translation>Impossible d&apos;enregistrer dans {path}&#xa0;: le fichier ne peut pas être ouvert (vérifiez les droits d&apos;accès du dossier). Tout ce qui a été enregistré auparavant est toujours là.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save to {path}: another program is using the file. Everything saved before is still there.</source>
        <translation>Impossible d&apos;enregistrer dans {path}&#xa0;: un autre programme utilise le fichier. Tout ce qui a été enregistré auparavant est toujours là.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save to {path}: {error}. Everything saved before is still there.</source>
        <translation>Impossible d&apos;enregistrer dans {path}&#xa0;: {error}. Tout ce qui a été enregistré auparavant est toujours là.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not restore {name}: {reason} Nothing was changed.</source>
        <translation>Impossible de restaurer {name}&#xa0;: {reason} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup {path} cannot be used ({detail}); choose another one.</source>
        <translation>La sauvegarde {path} est inutilisable ({detail})&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not prepare {path} for the restore: {error}.</source>
        <translation>Impossible de préparer {path} pour la restauration&#xa0;: {error}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not restore {name}: {error}.</source>
        <translation>Impossible de restaurer {name}&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/errors.py" line="+26"/>
        <source>The journal database {path} cannot be read ({detail}). It has not been changed. The latest backup is {backup}: restore it with &apos;journal-app restore {backup}&apos;.</source>
        <translation>La base de données des journaux {path} est illisible ({detail}). Elle n&apos;a pas été modifiée. La dernière sauvegarde est {backup}&#xa0;: restaurez-la avec &apos;journal-app restore {backup}&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal database {path} cannot be read ({detail}). It has not been changed. There is no backup of it yet.</source>
        <translation>La base de données des journaux {path} est illisible ({detail}). Elle n&apos;a pas été modifiée. Il n&apos;en existe encore aucune sauvegarde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal database {path} was saved by a newer version of Reflection Journal (schema {revision}). Install the newer version to open it; this file has not been changed.</source>
        <translation>La base de données des journaux {path} a été enregistrée par une version plus récente de Reflection Journal (schéma {revision}). Installez cette version plus récente pour l&apos;ouvrir&#xa0;; ce fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal in {folder} is already open in another copy of Reflection Journal ({holder}). Close that copy first, or use another data folder.</source>
        <translation>Le journal situé dans {folder} est déjà ouvert dans une autre copie de Reflection Journal ({holder}). Fermez d&apos;abord cette copie, ou utilisez un autre dossier de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal in {folder} is already open in another copy of Reflection Journal. Close that copy first, or use another data folder.</source>
        <translation>Le journal situé dans {folder} est déjà ouvert dans une autre copie de Reflection Journal. Fermez d&apos;abord cette copie, ou utilisez un autre dossier de données.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The answer to prompt {prompt} does not fit it: {reason}</source>
        <translation>La réponse à la question {prompt} ne lui correspond pas&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The journals in {folder} are protected by a passphrase: give it to open them.</source>
        <translation>Les journaux de {folder} sont protégés par une phrase secrète&#xa0;: donnez-la pour les ouvrir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That passphrase does not open the journals in {folder}. Check it and try again (a forgotten passphrase cannot be recovered).</source>
        <translation>Cette phrase secrète n’ouvre pas les journaux de {folder}. Vérifiez-la et réessayez (une phrase secrète oubliée ne peut pas être retrouvée).</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/images.py" line="+68"/>
        <source>The picture</source>
        <translation>L&apos;image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is {size:.1f} MB; pictures up to {limit} MB can be added.</source>
        <translation>{name} fait {size:.1f} Mo&#xa0;; les images ajoutées ne peuvent pas dépasser {limit} Mo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is {width} × {height} pixels, more than the {limit} million pixels a picture may have.</source>
        <translation>{name} fait {width} × {height} pixels, soit plus que les {limit} millions de pixels autorisés pour une image.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} has too many pixels to be opened safely.</source>
        <translation>{name} compte trop de pixels&#xa0;: impossible de l&apos;ouvrir sans risque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a {format} picture.</source>
        <translation>{name} n’est pas une image {format}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a picture that can be read (JPEG, PNG, GIF, BMP, WebP or TIFF).</source>
        <translation>{name} n&apos;est pas dans un format d&apos;image lisible (JPEG, PNG, GIF, BMP, WebP ou TIFF).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged or incomplete ({error}).</source>
        <translation>{name} contient des données endommagées ou incomplètes ({error}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/lock.py" line="+39"/>
        <source>Cannot lock the data folder {folder}: {reason}.</source>
        <translation>Impossible de verrouiller le dossier de données {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/repository.py" line="-221"/>
        <source>Could not read {path}: {error}. Nothing was changed.</source>
        <translation>Impossible de lire {path}&#xa0;: {error}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no journal named {name} (journals: {journals}).</source>
        <translation>Il n&apos;y a aucun journal nommé {name} (journaux&#xa0;: {journals}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no journal named {name} (journals: none yet).</source>
        <translation>Il n&apos;y a aucun journal nommé {name} (journaux&#xa0;: aucun pour l&apos;instant).</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>This prompt does not take drawings.</source>
        <translation>Cette question n&apos;accepte pas de dessins.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>There is no picture number {number}.</source>
        <translation>Il n&apos;y a pas d&apos;image numéro {number}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The new order must list each picture of the prompt once.</source>
        <translation>Le nouvel ordre doit citer chaque image de la question une seule fois.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A journal named {name} already exists.</source>
        <translation>Un journal nommé {name} existe déjà.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no journal number {number}.</source>
        <translation>Il n&apos;y a pas de journal numéro {number}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A journal needs a name.</source>
        <translation>Un journal doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A journal name can have at most {count} characters.</source>
        <translation>Le nom d&apos;un journal ne peut pas dépasser {count} caractères.</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/cipher.py" line="+97"/>
        <source>A passphrase cannot be empty.</source>
        <translation>Une phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Une phrase secrète ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The journals in {folder} are protected by a passphrase, and this copy of Reflection Journal cannot open protected journals on this computer.</source>
        <translation>Les journaux de {folder} sont protégés par une phrase secrète, et cette copie de Reflection Journal ne peut pas ouvrir de journaux protégés sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../journal_app/store/protection.py" line="+71"/>
        <source>This copy of Reflection Journal cannot protect journals with a passphrase on this computer.</source>
        <translation>Cette copie de Reflection Journal ne peut pas protéger de journaux par une phrase secrète sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not re-encode the journals in {folder}: {error}. Each file is as it was or as it is to be; try again.</source>
        <translation>Impossible de réencoder les journaux de {folder}&#xa0;: {error}. Chaque fichier est tel qu’il était ou tel qu’il doit être&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The new copy of {path} did not read back the same; nothing was changed.</source>
        <translation>La nouvelle copie de {path} ne se relit pas à l’identique&#xa0;; rien n’a été changé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/store/repository.py"/>
        <source>The prompt {prompt} takes at most %n pictures.</source>
        <translation>
            <numerusform>La question {prompt} accepte au plus %n image.</numerusform>
            <numerusform>La question {prompt} accepte au plus %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/store/repository.py"/>
        <source>This prompt takes at most %n pictures; remove one first.</source>
        <translation>
            <numerusform>Cette question accepte au plus %n image&#xa0;; retirez-en une d&apos;abord.</numerusform>
            <numerusform>Cette question accepte au plus %n images&#xa0;; retirez-en une d&apos;abord.</numerusform>
        </translation>
    </message>
</context>
</TS>
