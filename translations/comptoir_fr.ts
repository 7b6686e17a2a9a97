<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Backups</name>
    <message>
        <source>Could not create the backup folder.</source>
        <translation>Impossible de créer le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>The backup could not be written (is the disk full?).</source>
        <translation>La sauvegarde n’a pas pu être écrite (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>Could not remove an old backup.</source>
        <translation>Impossible de supprimer une ancienne sauvegarde.</translation>
    </message>
    <message>
        <source>The backup cannot be read.</source>
        <translation>La sauvegarde est illisible.</translation>
    </message>
    <message>
        <source>This file is not a Comptoir backup.</source>
        <translation>Ce fichier n’est pas une sauvegarde Comptoir.</translation>
    </message>
    <message>
        <source>The backup cannot be opened.</source>
        <translation>La sauvegarde ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation>La sauvegarde est endommagée et ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Comptoir.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Comptoir.</translation>
    </message>
    <message>
        <source>Could not copy the backup (is the disk full?).</source>
        <translation>Impossible de copier la sauvegarde (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>Could not set the current shop file aside.</source>
        <translation>Impossible de mettre de côté le fichier actuel de la boutique.</translation>
    </message>
    <message>
        <source>Could not put the backup in place.</source>
        <translation>Impossible de mettre la sauvegarde en place.</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Épiphanie</translation>
    </message>
    <message>
        <source>Immaculate Conception</source>
        <translation>Immaculée Conception</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice</translation>
    </message>
    <message>
        <source>Abolition of Slavery Day</source>
        <translation>Abolition de l&apos;esclavage</translation>
    </message>
    <message>
        <source>Belgian National Day</source>
        <translation>Fête nationale belge</translation>
    </message>
    <message>
        <source>Europe Day</source>
        <translation>Journée de l&apos;Europe</translation>
    </message>
    <message>
        <source>Luxembourg National Day</source>
        <translation>Fête nationale luxembourgeoise</translation>
    </message>
    <message>
        <source>German Unity Day</source>
        <translation>Jour de l&apos;Unité allemande</translation>
    </message>
    <message>
        <source>Spanish National Day</source>
        <translation>Fête nationale espagnole</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Jour de la Constitution</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Fête de la Libération</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Fête de la République</translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation>Fête du Roi</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Jour férié de début mai</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Jour férié de printemps</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Jour férié d&apos;été</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>%1 (substitute day)</source>
        <translation>%1 (jour de remplacement)</translation>
    </message>
</context>
<context>
    <name>CarrierDialog</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>UPU S10 (La Poste, Chronopost, international)</source>
        <translation>UPU S10 (La Poste, Chronopost, international)</translation>
    </message>
    <message>
        <source>UPS 1Z</source>
        <translation>UPS 1Z</translation>
    </message>
    <message>
        <source>Modulo 7 (DHL Express)</source>
        <translation>Modulo 7 (DHL Express)</translation>
    </message>
    <message>
        <source>ISO 7064 MOD 37,36 (DPD barcode)</source>
        <translation>ISO 7064 MOD 37,36 (code-barres DPD)</translation>
    </message>
    <message>
        <source>Delivers on &amp;Saturdays (they count as working days)</source>
        <translation>Livre le &amp;samedi (il compte comme jour ouvré)</translation>
    </message>
    <message>
        <source>New carrier</source>
        <translation>Nouveau transporteur</translation>
    </message>
    <message>
        <source>Carrier %1</source>
        <translation>Transporteur %1</translation>
    </message>
    <message>
        <source>{number} is replaced by the tracking number, {postcode} by the delivery postcode.</source>
        <translation>{number} est remplacé par le numéro de suivi, {postcode} par le code postal de livraison.</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source>Without news from the carrier for this long, an undelivered parcel is possibly lost.</source>
        <translation>Sans nouvelles du transporteur pendant ce délai, un colis non livré est peut-être perdu.</translation>
    </message>
    <message>
        <source>Shape (regular expression)</source>
        <translation>Forme (expression régulière)</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Clé de contrôle</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Tracking number shapes</source>
        <translation>Formes des numéros de suivi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Services and transit days per zone</source>
        <translation>Services et jours d&apos;acheminement par zone</translation>
    </message>
    <message>
        <source>Transit in working days; empty: the service does not go there.</source>
        <translation>Acheminement en jours ouvrés ; vide : le service ne dessert pas cette zone.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Tracking page:</source>
        <translation>Page de &amp;suivi :</translation>
    </message>
    <message>
        <source>Possibly &amp;lost after:</source>
        <translation>Peut-être &amp;perdu après :</translation>
    </message>
    <message>
        <source>Try a tracking number</source>
        <translation>Essayer un numéro de suivi</translation>
    </message>
    <message>
        <source>Tracking &amp;numbers: a number is accepted when it has one of these shapes (and its check digit is right). None: any number is accepted.</source>
        <translation>&amp;Numéros de suivi : un numéro est accepté s&apos;il a l&apos;une de ces formes (et une clé de contrôle juste). Aucune forme : tout numéro est accepté.</translation>
    </message>
    <message>
        <source>Add a shape</source>
        <translation>Ajouter une forme</translation>
    </message>
    <message>
        <source>Ser&amp;vices and their transit time in working days, per zone:</source>
        <translation>Ser&amp;vices et leur délai d&apos;acheminement en jours ouvrés, par zone :</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>✓ Accepted.</source>
        <translation>✓ Accepté.</translation>
    </message>
    <message>
        <source>The shop already has a carrier called %1: edit it instead.</source>
        <translation>La boutique a déjà un transporteur nommé %1 : modifiez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>Carriers</name>
    <message>
        <source>Mainland France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <source>Corsica</source>
        <translation>Corse</translation>
    </message>
    <message>
        <source>Overseas France</source>
        <translation>Outre-mer</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Rest of Europe</source>
        <translation>Reste de l&apos;Europe</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Monde</translation>
    </message>
    <message>
        <source>Carrier %1: “%2” is not a known check digit (none, s10, ups, mod7, mod37-36).</source>
        <translation>Transporteur %1 : « %2 » n&apos;est pas une clé de contrôle connue (none, s10, ups, mod7, mod37-36).</translation>
    </message>
    <message>
        <source>Carrier %1, service %2: “%3” is not a zone (mainland, corsica, overseas, eu, europe, world).</source>
        <translation>Transporteur %1, service %2 : « %3 » n&apos;est pas une zone (mainland, corsica, overseas, eu, europe, world).</translation>
    </message>
    <message>
        <source>Carrier %1, service %2: the transit time to %3 is not a number of days.</source>
        <translation>Transporteur %1, service %2 : le délai vers %3 n&apos;est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>Enter the tracking number of the parcel.</source>
        <translation>Saisissez le numéro de suivi du colis.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>“%1” looks like a %2 tracking number, but its check digit is wrong: a character was probably mistyped.</source>
        <translation>« %1 » ressemble à un numéro de suivi %2, mais sa clé de contrôle est fausse : un caractère a sans doute été mal saisi.</translation>
    </message>
    <message>
        <source>“%1” is not a tracking number: use 4 to 40 letters and digits.</source>
        <translation>« %1 » n&apos;est pas un numéro de suivi : utilisez 4 à 40 lettres et chiffres.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 tracking number: they look like %3.</source>
        <translation>« %1 » n&apos;est pas un numéro de suivi %2 : ils ressemblent à %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>This is not valid JSON at character %1: %2.</source>
        <translation>Ce n&apos;est pas du JSON valide au caractère %1 : %2.</translation>
    </message>
    <message>
        <source>Carrier %1 is listed twice.</source>
        <translation>Le transporteur %1 figure deux fois.</translation>
    </message>
    <message>
        <source>“%1” cannot be a carrier&apos;s key: use up to 40 lower-case letters, digits and dashes.</source>
        <translation>« %1 » ne peut pas être la clé d&apos;un transporteur : utilisez jusqu&apos;à 40 minuscules, chiffres et tirets.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Carrier %1 needs a name.</source>
        <translation>Le transporteur %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The tracking page of %1 must contain {number}, where the tracking number goes.</source>
        <translation>La page de suivi de %1 doit contenir {number}, là où va le numéro de suivi.</translation>
    </message>
    <message>
        <source>Tracking page</source>
        <translation>Page de suivi</translation>
    </message>
    <message>
        <source>The tracking page of %1 uses {%2}: only {number} and {postcode} can be filled in.</source>
        <translation>La page de suivi de %1 utilise {%2} : seuls {number} et {postcode} peuvent être remplis.</translation>
    </message>
    <message>
        <source>The tracking page of %1 is not a web address (https://…).</source>
        <translation>La page de suivi de %1 n&apos;est pas une adresse web (https://…).</translation>
    </message>
    <message>
        <source>The tracking-number pattern “%1” of %2 is not a valid regular expression: %3.</source>
        <translation>Le modèle de numéro de suivi « %1 » de %2 n&apos;est pas une expression régulière valide : %3.</translation>
    </message>
    <message>
        <source>Tracking numbers</source>
        <translation>Numéros de suivi</translation>
    </message>
    <message>
        <source>The example %1 does not fit the tracking-number pattern “%2” of %3.</source>
        <translation>L&apos;exemple %1 ne correspond pas au modèle de numéro de suivi « %2 » de %3.</translation>
    </message>
    <message>
        <source>%1: a parcel can be called possibly lost after 1 to 60 working days without news.</source>
        <translation>%1 : un colis peut être déclaré peut-être perdu après 1 à 60 jours ouvrés sans nouvelles.</translation>
    </message>
    <message>
        <source>Possibly lost after</source>
        <translation>Peut-être perdu après</translation>
    </message>
    <message>
        <source>Every service of %1 needs a key and a name.</source>
        <translation>Chaque service de %1 doit avoir une clé et un nom.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>%1 has two services with the key %2.</source>
        <translation>%1 a deux services avec la clé %2.</translation>
    </message>
    <message>
        <source>%1, %2: the transit time to %3 must be 0 to 90 working days.</source>
        <translation>%1, %2 : le délai d&apos;acheminement vers %3 doit être de 0 à 90 jours ouvrés.</translation>
    </message>
    <message>
        <source>carrier %1 in the shop</source>
        <translation>transporteur %1 de la boutique</translation>
    </message>
    <message>
        <source>There is already a carrier called %1.</source>
        <translation>Il existe déjà un transporteur nommé %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) went with this carrier: it cannot be removed.</source>
        <translation>
            <numerusform>%n colis est parti avec ce transporteur : il ne peut pas être supprimé.</numerusform>
            <numerusform>%n colis sont partis avec ce transporteur : il ne peut pas être supprimé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriersSettings</name>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking numbers</source>
        <translation>Numéros de suivi</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Possibly lost after</source>
        <translation>Peut-être perdu après</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Transporteurs</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the carrier&apos;s tracking page, number shapes, services and transit times</source>
        <translation>Modifier la page de suivi, les formes de numéros, les services et les délais du transporteur</translation>
    </message>
    <message>
        <source>Add carrier…</source>
        <translation>Ajouter un transporteur…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the shop&apos;s carriers as a JSON file, to edit or to use in another shop</source>
        <translation>Enregistrer les transporteurs de la boutique dans un fichier JSON, pour les modifier ou les reprendre dans une autre boutique</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Read carriers from a JSON file: each one replaces the carrier of the same key</source>
        <translation>Lire des transporteurs dans un fichier JSON : chacun remplace le transporteur de même clé</translation>
    </message>
    <message>
        <source>Any number</source>
        <translation>Tout numéro</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s own</source>
        <translation>Propre à la boutique</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Comptoir&apos;s</source>
        <translation>Celui de Comptoir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Remove this carrier: only while no parcel went with it</source>
        <translation>Retirer ce transporteur : seulement tant qu&apos;aucun colis n&apos;est parti avec lui</translation>
    </message>
    <message>
        <source>Back to Comptoir&apos;s version of this carrier</source>
        <translation>Revenir à la version de Comptoir de ce transporteur</translation>
    </message>
    <message>
        <source>Carrier %1 saved.</source>
        <translation>Transporteur %1 enregistré.</translation>
    </message>
    <message>
        <source>Carrier %1 added.</source>
        <translation>Transporteur %1 ajouté.</translation>
    </message>
    <message>
        <source>Carrier reset.</source>
        <translation>Transporteur rétabli.</translation>
    </message>
    <message>
        <source>Export the shop&apos;s carriers</source>
        <translation>Exporter les transporteurs de la boutique</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n carrier(s) exported to %1.</source>
        <translation>
            <numerusform>%n transporteur exporté vers %1.</numerusform>
            <numerusform>%n transporteurs exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import carriers</source>
        <translation>Importer des transporteurs</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n carrier(s) imported.</source>
        <translation>
            <numerusform>%n transporteur importé.</numerusform>
            <numerusform>%n transporteurs importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogExport</name>
    <message>
        <source>The products could not be read.</source>
        <translation>Les produits n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The shop has no stock location named “%1”.</source>
        <translation>La boutique n’a pas d’emplacement de stock nommé « %1 ».</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Writing products</source>
        <translation>Écriture des produits</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>The file could not be created.</source>
        <translation>Le fichier n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The file could not be written (is the disk full?).</source>
        <translation>Le fichier n’a pas pu être écrit (le disque est-il plein ?).</translation>
    </message>
</context>
<context>
    <name>CatalogExportDialog</name>
    <message>
        <source>For E&amp;xcel in French (“;”, decimal comma, UTF-8 with BOM)</source>
        <translation>Pour E&amp;xcel en français (« ; », virgule décimale, UTF-8 avec BOM)</translation>
    </message>
    <message>
        <source>Decimal &amp;comma (12,50)</source>
        <translation>&amp;Virgule décimale (12,50)</translation>
    </message>
    <message>
        <source>UTF-8 &amp;BOM (Excel then reads accents right)</source>
        <translation>&amp;BOM UTF-8 (Excel lit alors bien les accents)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exporter les produits</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Stock location</source>
        <translation>Emplacement de stock</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>No stock location yet</source>
        <translation>Aucun emplacement de stock pour l’instant</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Stock of:</source>
        <translation>S&amp;tock de :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>produits.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Exporting products</source>
        <translation>Export des produits</translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation>Export des produits…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Exported %1 products (%2 variants) to %3.</source>
        <translation>%1 produits (%2 variantes) exportés dans %3.</translation>
    </message>
</context>
<context>
    <name>CatalogFormat</name>
    <message>
        <source>Detect from the header</source>
        <translation>Détecter d’après l’en-tête</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Shopify products</source>
        <translation>Produits Shopify</translation>
    </message>
    <message>
        <source>WooCommerce products</source>
        <translation>Produits WooCommerce</translation>
    </message>
    <message>
        <source>Other columns (mapped by hand)</source>
        <translation>Autres colonnes (associées à la main)</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>Import cancelled: nothing was changed in the shop.</source>
        <translation>Import annulé : rien n’a été modifié dans la boutique.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Le fichier n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Le fichier est vide : il n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Comptoir does not recognise these columns. Name them as Comptoir does (SKU, Name, Price, Stock…) or say which column is which with a column mapping.</source>
        <translation>Comptoir ne reconnaît pas ces colonnes. Nommez-les comme Comptoir (SKU, Name, Price, Stock…) ou indiquez quelle colonne est laquelle avec une association de colonnes.</translation>
    </message>
    <message>
        <source>The file has no product lines.</source>
        <translation>Le fichier n’a aucune ligne de produit.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <source>Matching SKUs</source>
        <translation>Rapprochement des références</translation>
    </message>
    <message>
        <source>Checking products</source>
        <translation>Vérification des produits</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>The shop has no stock location named “%1” (it has: %2).</source>
        <translation>La boutique n’a pas d’emplacement de stock nommé « %1 » (elle a : %2).</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The import could not start.</source>
        <translation>L’import n’a pas pu commencer.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>it has %1 cells but the header has %2 columns.</source>
        <translation>elle a %1 cellules mais l’en-tête a %2 colonnes.</translation>
    </message>
    <message>
        <source>it has only %1 cells but the header has %2 columns.</source>
        <translation>elle n’a que %1 cellules mais l’en-tête a %2 colonnes.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>“%1” is already on line %2: each SKU can appear only once in a file.</source>
        <translation>« %1 » est déjà à la ligne %2 : chaque référence ne peut figurer qu’une fois dans un fichier.</translation>
    </message>
    <message>
        <source>the barcode %1 is already on line %2.</source>
        <translation>le code-barres %1 est déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>the lines of “%1” hold variants of different products of the shop: Comptoir does not move a variant to another product.</source>
        <translation>les lignes de « %1 » contiennent des variantes de produits différents de la boutique : Comptoir ne déplace pas une variante vers un autre produit.</translation>
    </message>
    <message>
        <source>this variant belongs to the product already on line %1: give its lines the same product key.</source>
        <translation>cette variante appartient au produit déjà à la ligne %1 : donnez à ses lignes la même clé de produit.</translation>
    </message>
    <message>
        <source>the parent “%1” is not in the file: a new variation needs its variable product.</source>
        <translation>le parent « %1 » n’est pas dans le fichier : une nouvelle variation a besoin de son produit variable.</translation>
    </message>
    <message>
        <source>no line of the product “%1” has its title: put it on its first line.</source>
        <translation>aucune ligne du produit « %1 » n’a son titre : mettez-le sur sa première ligne.</translation>
    </message>
    <message>
        <source>a new product needs a name.</source>
        <translation>un nouveau produit a besoin d’un nom.</translation>
    </message>
    <message>
        <source>this SKU is not in the shop: to create it, the file needs a name and a price column.</source>
        <translation>cette référence n’est pas dans la boutique : pour la créer, le fichier doit avoir une colonne de nom et une colonne de prix.</translation>
    </message>
    <message>
        <source>“%1” is a new variant: it needs a price.</source>
        <translation>« %1 » est une nouvelle variante : elle a besoin d’un prix.</translation>
    </message>
    <message>
        <source>the compare-at price (%1) shows the price before a discount: it must be above the price (%2).</source>
        <translation>le prix barré (%1) est le prix avant remise : il doit être supérieur au prix (%2).</translation>
    </message>
    <message>
        <source>this variant has the same options as %1: give each variant its own size, colour…</source>
        <translation>cette variante a les mêmes options que %1 : donnez à chaque variante sa propre taille, couleur…</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>the barcode %1 already belongs to %2 in the shop.</source>
        <translation>le code-barres %1 appartient déjà à %2 dans la boutique.</translation>
    </message>
    <message>
        <source>%1 are reserved for orders at %2: the stock cannot be counted below that.</source>
        <translation>%1 sont réservés pour des commandes à %2 : le stock ne peut pas être compté en dessous.</translation>
    </message>
    <message>
        <source>The products could not be saved.</source>
        <translation>Les produits n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Construction des index</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Construction de l’index de recherche</translation>
    </message>
    <message>
        <source>Writing products</source>
        <translation>Écriture des produits</translation>
    </message>
    <message>
        <source>Writing variants</source>
        <translation>Écriture des variantes</translation>
    </message>
    <message>
        <source>Counting stock</source>
        <translation>Comptage du stock</translation>
    </message>
    <message>
        <source>Stock from the import of %1</source>
        <translation>Stock issu de l’import de %1</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Co&amp;py the problems</source>
        <translation>Co&amp;pier les problèmes</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>A CSV file: Comptoir&apos;s, a Shopify or WooCommerce product export…</source>
        <translation>Un fichier CSV : de Comptoir, un export de produits Shopify ou WooCommerce…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Stock location</source>
        <translation>Emplacement de stock</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>Say which column of the file holds which field</source>
        <translation>Indiquer quelle colonne du fichier contient quel champ</translation>
    </message>
    <message>
        <source>Stock (created by the import)</source>
        <translation>Stock (créé par l’import)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Stock counted at:</source>
        <translation>&amp;Stock compté à :</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>Detected: %1 — %2, delimiter %3, %n column(s).</source>
        <translation>
            <numerusform>Détecté : %1 — %2, séparateur %3, %n colonne.</numerusform>
            <numerusform>Détecté : %1 — %2, séparateur %3, %n colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which column is which with “Columns…”: the SKU column is required.</source>
        <translation>Indiquez quelle colonne est laquelle avec « Colonnes… » : la colonne des références est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) mapped, the SKU in “%1”.</source>
        <translation>
            <numerusform>%n colonne associée, la référence dans « %1 ».</numerusform>
            <numerusform>%n colonnes associées, la référence dans « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file changes %n product(s) or variant(s) the shop already has. Import it?</source>
        <translation>
            <numerusform>Ce fichier modifie %n produit ou variante que la boutique a déjà. L’importer ?</numerusform>
            <numerusform>Ce fichier modifie %n produits ou variantes que la boutique a déjà. L’importer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing products</source>
        <translation>Import des produits</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed in the shop.</source>
        <translation>Annulé : rien n’a été modifié dans la boutique.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was imported. Correct the file, then check it again.</source>
        <translation>
            <numerusform>%n problème trouvé : rien n’a été importé. Corrigez le fichier, puis vérifiez-le à nouveau.</numerusform>
            <numerusform>%n problèmes trouvés : rien n’a été importé. Corrigez le fichier, puis vérifiez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Les %1 premiers sont listés.</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importé. %1</translation>
    </message>
    <message>
        <source>No problem found. The import will do this: %1</source>
        <translation>Aucun problème trouvé. L’import fera ceci : %1</translation>
    </message>
</context>
<context>
    <name>CellReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>every variant needs a SKU: Comptoir finds existing variants by their SKU.</source>
        <translation>chaque variante a besoin d’une référence : Comptoir retrouve les variantes existantes par leur référence.</translation>
    </message>
    <message>
        <source>a SKU has no spaces and at most 64 characters: “%1”.</source>
        <translation>une référence n’a pas d’espace et au plus 64 caractères : « %1 ».</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>an amount cannot be negative (“%1”).</source>
        <translation>un montant ne peut pas être négatif (« %1 »).</translation>
    </message>
    <message>
        <source>“%1” is not a currency Comptoir knows (an ISO code such as EUR).</source>
        <translation>« %1 » n’est pas une devise connue de Comptoir (un code ISO comme EUR).</translation>
    </message>
    <message>
        <source>stock cannot be negative (%1): count what is on the shelf, 0 when there is none.</source>
        <translation>le stock ne peut pas être négatif (%1) : comptez ce qui est en rayon, 0 s’il n’y a rien.</translation>
    </message>
    <message>
        <source>“%1” is not a weight.</source>
        <translation>« %1 » n’est pas un poids.</translation>
    </message>
    <message>
        <source>“%1” is not a VAT rate: write a percentage from 0 to 100.</source>
        <translation>« %1 » n’est pas un taux de TVA : écrivez un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>“%1” is not a lead time: write a number of days from 0 to 365.</source>
        <translation>« %1 » n’est pas un délai : écrivez un nombre de jours de 0 à 365.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>« %1 » n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: write a whole number, at least 1.</source>
        <translation>« %1 » n’est pas une quantité : écrivez un nombre entier, au moins 1.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2026-11-20 14:03:11 +0100 or 2026-11-20T13:03:11Z.</source>
        <translation>« %1 » n’est pas une date : écrivez-la sous la forme 2026-11-20 14:03:11 +0100 ou 2026-11-20T13:03:11Z.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create a new, empty shop database</source>
        <translation>Créer une nouvelle base de boutique, vide</translation>
    </message>
    <message>
        <source>Create a demo shop with products, customers and orders</source>
        <translation>Créer une boutique de démonstration avec produits, clients et commandes</translation>
    </message>
    <message>
        <source>Back up the shop database now, or list its backups</source>
        <translation>Sauvegarder maintenant la base de la boutique, ou lister ses sauvegardes</translation>
    </message>
    <message>
        <source>Replace the shop database with a verified backup</source>
        <translation>Remplacer la base de la boutique par une sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>Check the shop database for damage and inconsistencies</source>
        <translation>Rechercher les dommages et incohérences dans la base de la boutique</translation>
    </message>
    <message>
        <source>Print the version of Comptoir</source>
        <translation>Afficher la version de Comptoir</translation>
    </message>
    <message>
        <source>Try “comptoir-cli %1 --help”.</source>
        <translation>Essayez « comptoir-cli %1 --help ».</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Run “comptoir-cli --help” to list the commands.</source>
        <translation>Lancez « comptoir-cli --help » pour lister les commandes.</translation>
    </message>
    <message>
        <source>Usage: comptoir-cli &lt;command&gt; [--database PATH] [options]</source>
        <translation>Usage : comptoir-cli &lt;commande&gt; [--database CHEMIN] [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run “comptoir-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>Lancez « comptoir-cli &lt;commande&gt; --help » pour les options d’une commande.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 wrong usage.</source>
        <translation>Codes de sortie : 0 succès, 1 échec, 2 mauvaise utilisation.</translation>
    </message>
    <message>
        <source>Print the version of Comptoir.</source>
        <translation>Afficher la version de Comptoir.</translation>
    </message>
    <message>
        <source>Create a new, empty shop database.</source>
        <translation>Créer une nouvelle base de boutique, vide.</translation>
    </message>
    <message>
        <source>The shop&apos;s name.</source>
        <translation>Le nom de la boutique.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>%1: a file already exists here; “init” only creates new shops.</source>
        <translation>%1 : un fichier existe déjà ici ; « init » ne crée que de nouvelles boutiques.</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation>%1 créé (schéma %2).</translation>
    </message>
    <message>
        <source>Create a demo shop in a new file: a French shop with products and variants, stock, customers and two years of orders. The same seed always gives the same shop.</source>
        <translation>Créer une boutique de démonstration dans un nouveau fichier : une boutique française avec produits et variantes, stock, clients et deux ans de commandes. La même graine donne toujours la même boutique.</translation>
    </message>
    <message>
        <source>Number of products (default 2000).</source>
        <translation>Nombre de produits (2000 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of orders (default: 2.5 × products up to 10,000, then 2 × products).</source>
        <translation>Nombre de commandes (par défaut : 2,5 × produits jusqu’à 10 000, puis 2 × produits).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Date of the last orders, YYYY-MM-DD (default: today).</source>
        <translation>Date des dernières commandes, YYYY-MM-DD (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation>Ne pas afficher la progression.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 10,000,000, not “%1”.</source>
        <translation>--scale doit être un nombre entier de 1 à 10 000 000, pas « %1 ».</translation>
    </message>
    <message>
        <source>--orders must be a whole number from 0 to 50,000,000, not “%1”.</source>
        <translation>--orders doit être un nombre entier de 0 à 50 000 000, pas « %1 ».</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not “%1”.</source>
        <translation>--seed doit être un nombre entier, pas « %1 ».</translation>
    </message>
    <message>
        <source>--until must be a date written YYYY-MM-DD, not “%1”.</source>
        <translation>--until doit être une date au format YYYY-MM-DD, pas « %1 ».</translation>
    </message>
    <message>
        <source>Created the demo shop %1: %2 products (%3 variants), %4 customers, %5 orders (%6 lines) in %7 s.</source>
        <translation>Boutique de démonstration %1 créée : %2 produits (%3 variantes), %4 clients, %5 commandes (%6 lignes) en %7 s.</translation>
    </message>
    <message>
        <source>Back up the shop database into the backup folder beside it, or list its backups.</source>
        <translation>Sauvegarder la base de la boutique dans le dossier des sauvegardes situé à côté, ou lister ses sauvegardes.</translation>
    </message>
    <message>
        <source>List the backups instead of making one.</source>
        <translation>Lister les sauvegardes au lieu d’en faire une.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Replace the shop database with a backup, after checking the backup is intact. The replaced file is kept in the backup folder.</source>
        <translation>Remplacer la base de la boutique par une sauvegarde, après avoir vérifié que la sauvegarde est intacte. Le fichier remplacé est conservé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SAUVEGARDE</translation>
    </message>
    <message>
        <source>Name the backup file to restore.</source>
        <translation>Indiquez le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Restored %1; the replaced file was kept as %2.</source>
        <translation>%1 restauré ; le fichier remplacé a été conservé sous %2.</translation>
    </message>
    <message>
        <source>Check the shop database: file integrity, links between records, stock against its ledger, order totals against their lines. Exits with 1 when a problem is found.</source>
        <translation>Vérifier la base de la boutique : intégrité du fichier, liens entre les enregistrements, stock par rapport à son registre, totaux des commandes par rapport à leurs lignes. Se termine avec le code 1 si un problème est trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found in %1.</source>
        <translation>Aucun problème trouvé dans %1.</translation>
    </message>
    <message>
        <source>Name a command first: comptoir-cli &lt;command&gt; [options].</source>
        <translation>Indiquez d’abord une commande : comptoir-cli &lt;commande&gt; [options].</translation>
    </message>
    <message>
        <source>Shop database file (default: %1, or $COMPTOIR_DATABASE).</source>
        <translation>Fichier de la boutique (par défaut : %1, ou $COMPTOIR_DATABASE).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>List what to reorder from suppliers, as CSV</source>
        <translation>Lister ce qu’il faut recommander aux fournisseurs, en CSV</translation>
    </message>
    <message>
        <source>List the variants to reorder (available and incoming stock at or below the reorder point), with the quantity to order, as CSV on the standard output, grouped by supplier. Uses the reorder settings saved in the shop.</source>
        <translation>Liste les variantes à recommander (stock disponible et attendu au niveau du point de commande ou en dessous), avec la quantité à commander, en CSV sur la sortie standard, groupées par fournisseur. Utilise les réglages de réapprovisionnement enregistrés dans la boutique.</translation>
    </message>
    <message>
        <source>Write the CSV to this file.</source>
        <translation>Écrire le CSV dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) to reorder, computed in %1 s.</source>
        <translation>
            <numerusform>%n variante à recommander, calculée en %1 s.</numerusform>
            <numerusform>%n variantes à recommander, calculées en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import products, variants and stock from a CSV file</source>
        <translation>Importer des produits, variantes et stocks depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export the products as a CSV file</source>
        <translation>Exporter les produits dans un fichier CSV</translation>
    </message>
    <message>
        <source>Import products, variants and stock from a CSV file: Comptoir&apos;s own columns, Shopify&apos;s or WooCommerce&apos;s product export. Variants are matched by SKU: known ones are updated, new ones created. The whole file is checked first; when a line is wrong, every problem is listed as line:column and nothing is written.</source>
        <translation>Importe des produits, variantes et stocks depuis un fichier CSV : colonnes de Comptoir, export de produits Shopify ou WooCommerce. Les variantes sont rapprochées par référence : les connues sont mises à jour, les nouvelles créées. Tout le fichier est vérifié d’abord ; quand une ligne est fausse, chaque problème est listé en ligne:colonne et rien n’est écrit.</translation>
    </message>
    <message>
        <source>auto (default), comptoir, shopify or woocommerce.</source>
        <translation>auto (par défaut), comptoir, shopify ou woocommerce.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Check the file and say what would change, without writing anything.</source>
        <translation>Vérifier le fichier et dire ce qui changerait, sans rien écrire.</translation>
    </message>
    <message>
        <source>Stock location whose quantities the file sets (default: the first).</source>
        <translation>Emplacement de stock dont le fichier fixe les quantités (par défaut : le premier).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Le fichier CSV.</translation>
    </message>
    <message>
        <source>Name the CSV file to import.</source>
        <translation>Indiquez le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>--format is auto, comptoir, shopify or woocommerce, not “%1”.</source>
        <translation>--format vaut auto, comptoir, shopify ou woocommerce, pas « %1 ».</translation>
    </message>
    <message>
        <source>… and %1 more problems (the first %2 are listed).</source>
        <translation>… et %1 problèmes de plus (les %2 premiers sont listés).</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2, %3): nothing was written.</source>
        <translation>Essai à blanc de %1 (%2, %3) : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3).</source>
        <translation>%1 importé (%2, %3).</translation>
    </message>
    <message>
        <source>Export the products, their variants and the stock of one location as a CSV file that “comptoir-cli import” reads back.</source>
        <translation>Exporte les produits, leurs variantes et le stock d’un emplacement dans un fichier CSV que « comptoir-cli import » sait relire.</translation>
    </message>
    <message>
        <source>comptoir (default), shopify or woocommerce.</source>
        <translation>comptoir (par défaut), shopify ou woocommerce.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>For Excel in French: &apos;;&apos;, decimal comma, UTF-8 with BOM, CRLF.</source>
        <translation>Pour Excel en français : « ; », virgule décimale, UTF-8 avec BOM, CRLF.</translation>
    </message>
    <message>
        <source>Field delimiter: &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>Séparateur de champs : « , », « ; » ou tabulation.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>caractère</translation>
    </message>
    <message>
        <source>Write amounts with a decimal comma (12,50).</source>
        <translation>Écrire les montants avec une virgule décimale (12,50).</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 BOM.</source>
        <translation>Commencer le fichier par un BOM UTF-8.</translation>
    </message>
    <message>
        <source>Stock location whose quantities are written (default: the first).</source>
        <translation>Emplacement de stock dont les quantités sont écrites (par défaut : le premier).</translation>
    </message>
    <message>
        <source>--format is comptoir, shopify or woocommerce, not “%1”.</source>
        <translation>--format vaut comptoir, shopify ou woocommerce, pas « %1 ».</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Indiquez le fichier à écrire avec --out FICHIER.</translation>
    </message>
    <message>
        <source>--delimiter is &apos;,&apos;, &apos;;&apos; or tab, not “%1”.</source>
        <translation>--delimiter vaut « , », « ; » ou tab, pas « %1 ».</translation>
    </message>
    <message>
        <source>Exported %1 products (%2 variants) to %3.</source>
        <translation>%1 produits (%2 variantes) exportés dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%1 : %n problème trouvé ; rien n’a été importé.</numerusform>
            <numerusform>%1 : %n problèmes trouvés ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the packing slips of orders as one PDF</source>
        <translation>Écrire les bons de livraison de commandes dans un seul PDF</translation>
    </message>
    <message>
        <source>Write the pick list of orders as PDF or CSV</source>
        <translation>Écrire la liste de préparation de commandes en PDF ou en CSV</translation>
    </message>
    <message>
        <source>The orders in these statuses, oldest first, e.g. paid or paid,preparing (statuses: %1).</source>
        <translation>Les commandes dans ces statuts, les plus anciennes d’abord, par ex. paid ou paid,preparing (statuts : %1).</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>statuts</translation>
    </message>
    <message>
        <source>These orders, by number, in this order, e.g. 1001,1002.</source>
        <translation>Ces commandes, par numéro, dans cet ordre, par ex. 1001,1002.</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>numéros</translation>
    </message>
    <message>
        <source>Paper: a4 (default), letter or 4x6 (a 4×6 in label).</source>
        <translation>Papier : a4 (par défaut), letter ou 4x6 (étiquette 4×6 pouces).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Choose the orders with either --status or --orders.</source>
        <translation>Choisissez les commandes avec --status ou avec --orders.</translation>
    </message>
    <message>
        <source>--status takes order statuses such as paid or preparing, not “%1”.</source>
        <translation>--status attend des statuts de commande comme paid ou preparing, pas « %1 ».</translation>
    </message>
    <message>
        <source>--status needs at least one status.</source>
        <translation>--status attend au moins un statut.</translation>
    </message>
    <message>
        <source>--orders needs at least one order number.</source>
        <translation>--orders attend au moins un numéro de commande.</translation>
    </message>
    <message>
        <source>There is no order %1 in this shop.</source>
        <translation>Il n’y a pas de commande %1 dans cette boutique.</translation>
    </message>
    <message>
        <source>No order matches: there is nothing to print.</source>
        <translation>Aucune commande ne correspond : il n’y a rien à imprimer.</translation>
    </message>
    <message>
        <source>Write the packing slips of the chosen orders as one PDF, one slip per order (long orders take more pages): the shop, the order number as a barcode, the addresses, the lines with their SKU and bin, and prices unless told not to.</source>
        <translation>Écrire les bons de livraison des commandes choisies dans un seul PDF, un bon par commande (les longues commandes prennent plusieurs pages) : la boutique, le numéro de commande en code-barres, les adresses, les lignes avec leur référence et leur emplacement, et les prix sauf indication contraire.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Leave the prices out (the default on 4×6 labels).</source>
        <translation>Ne pas imprimer les prix (par défaut sur les étiquettes 4×6).</translation>
    </message>
    <message>
        <source>Print the prices on 4×6 labels too.</source>
        <translation>Imprimer les prix aussi sur les étiquettes 4×6.</translation>
    </message>
    <message>
        <source>Start with the pick list of the same orders.</source>
        <translation>Commencer par la liste de préparation des mêmes commandes.</translation>
    </message>
    <message>
        <source>--size is a4, letter or 4x6, not “%1”.</source>
        <translation>--size vaut a4, letter ou 4x6, pas « %1 ».</translation>
    </message>
    <message>
        <source>Name the PDF file to write with --pdf FILE.</source>
        <translation>Indiquez le fichier PDF à écrire avec --pdf FICHIER.</translation>
    </message>
    <message>
        <source>Choose --prices or --no-prices, not both.</source>
        <translation>Choisissez --prices ou --no-prices, pas les deux.</translation>
    </message>
    <message>
        <source>Packing slips written to %1 (orders: %2, %3 s).</source>
        <translation>Bons de livraison écrits dans %1 (commandes : %2, %3 s).</translation>
    </message>
    <message>
        <source>Write what to take from the shelves for the chosen orders: every variant once with its total quantity, by bin then SKU, with the stock on hand and the orders it goes to; items outside the catalog after them.</source>
        <translation>Écrire ce qu’il faut prendre en rayon pour les commandes choisies : chaque variante une seule fois avec sa quantité totale, par emplacement puis par référence, avec le stock présent et les commandes auxquelles elle va ; les articles hors catalogue à la suite.</translation>
    </message>
    <message>
        <source>The CSV file to write (- for the standard output).</source>
        <translation>Le fichier CSV à écrire (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>Name the file to write with --pdf FILE or --csv FILE.</source>
        <translation>Indiquez le fichier à écrire avec --pdf FICHIER ou --csv FICHIER.</translation>
    </message>
    <message>
        <source>Pick list: orders %1, items to pick %2.</source>
        <translation>Liste de préparation : commandes %1, articles à prendre %2.</translation>
    </message>
    <message>
        <source>Pick list written to %1.</source>
        <translation>Liste de préparation écrite dans %1.</translation>
    </message>
    <message>
        <source>Import orders from a Shopify, WooCommerce or Comptoir CSV file</source>
        <translation>Importer des commandes depuis un fichier CSV de Shopify, de WooCommerce ou de Comptoir</translation>
    </message>
    <message>
        <source>Export the orders as a CSV file in Comptoir&apos;s format</source>
        <translation>Exporter les commandes dans un fichier CSV au format de Comptoir</translation>
    </message>
    <message>
        <source>Import orders from a CSV file: Shopify&apos;s orders export, WooCommerce&apos;s (Customer/Order CSV Export, one row per item) or Comptoir&apos;s own. Lines are found by SKU; an unknown SKU is a problem, never a new product. Orders the shop already has are left as they are. The whole file is checked first; when something is wrong, every problem is listed as line:column and nothing is written.</source>
        <translation>Importer des commandes depuis un fichier CSV : l’export des commandes de Shopify, celui de WooCommerce (Customer/Order CSV Export, une ligne par article) ou celui de Comptoir. Les lignes sont retrouvées par leur référence ; une référence inconnue est un problème, jamais un nouveau produit. Les commandes que la boutique a déjà sont laissées telles quelles. Tout le fichier est d’abord vérifié ; si quelque chose ne va pas, chaque problème est listé sous la forme ligne:colonne et rien n’est écrit.</translation>
    </message>
    <message>
        <source>Orders already shipped: skip (default; their stock is left alone) or deduct (import them and take their items out of stock).</source>
        <translation>Commandes déjà expédiées : skip pour les ignorer (par défaut ; leur stock n’est pas touché) ou deduct pour les importer et retirer leurs articles du stock.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>--shipped is skip or deduct, not “%1”.</source>
        <translation>--shipped vaut skip ou deduct, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1 : ignorée : %2</translation>
    </message>
    <message>
        <source>Export every order, one row per order line, in Comptoir&apos;s order format that “comptoir-cli import-orders” reads back into another shop.</source>
        <translation>Exporter toutes les commandes, une ligne par ligne de commande, au format de commandes de Comptoir, que « comptoir-cli import-orders » relit dans une autre boutique.</translation>
    </message>
    <message>
        <source>Exported %1 orders (%2 lines) to %3.</source>
        <translation>%1 commandes (%2 lignes) exportées dans %3.</translation>
    </message>
    <message>
        <source>Write the return forms of returns as one PDF</source>
        <translation>Écrire les formulaires de retour de retours dans un seul PDF</translation>
    </message>
    <message>
        <source>Write the return forms of the given returns as one PDF, one form per return: the shop, the return number as a barcode, the order, the customer, the lines coming back with their reason, room for the condition on receipt, the refund once recorded, and how to send it back.</source>
        <translation>Écrire les formulaires de retour des retours indiqués dans un seul PDF, un formulaire par retour : la boutique, le numéro de retour en code-barres, la commande, le client, les lignes retournées avec leur motif, de la place pour l’état à la réception, le remboursement une fois enregistré, et comment renvoyer les articles.</translation>
    </message>
    <message>
        <source>The returns, by number, e.g. R-1001 R-1002.</source>
        <translation>Les retours, par numéro, par ex. R-1001 R-1002.</translation>
    </message>
    <message>
        <source>R-1001 [R-1002…]</source>
        <translation>R-1001 [R-1002…]</translation>
    </message>
    <message>
        <source>Name at least one return, e.g. comptoir-cli return-form R-1001.</source>
        <translation>Indiquez au moins un retour, par ex. comptoir-cli return-form R-1001.</translation>
    </message>
    <message>
        <source>There is no return %1 in this shop.</source>
        <translation>Il n’y a pas de retour %1 dans cette boutique.</translation>
    </message>
    <message>
        <source>Return forms written to %1 (returns: %2).</source>
        <translation>Formulaires de retour écrits dans %1 (retours : %2).</translation>
    </message>
    <message>
        <source>Fetch the tracking of parcels on their way from La Poste</source>
        <translation>Récupérer le suivi des colis en route auprès de La Poste</translation>
    </message>
    <message>
        <source>Fetch the tracking of the parcels on their way (shipped within the days watched, 60 unless set otherwise; not delivered, not handled) from La Poste&apos;s tracking API: Colissimo, Chronopost and Lettre suivie. New events are recorded; a delivered parcel marks its order delivered. Exits with 1 when a parcel could not be checked.</source>
        <translation>Récupère le suivi des colis en route (expédiés dans les jours surveillés, 60 sauf réglage contraire ; non livrés, non traités) auprès de l&apos;API de suivi de La Poste : Colissimo, Chronopost et Lettre suivie. Les nouveaux événements sont enregistrés ; un colis livré marque sa commande livrée. Sort avec 1 quand un colis n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Only the parcels of this order, whatever their state.</source>
        <translation>Seulement les colis de cette commande, quel que soit leur état.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>The environment variable holding the La Poste API key (default LAPOSTE_API_KEY).</source>
        <translation>La variable d&apos;environnement qui contient la clé d&apos;API La Poste (par défaut LAPOSTE_API_KEY).</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>The address of La Poste&apos;s API (default %1).</source>
        <translation>L&apos;adresse de l&apos;API de La Poste (par défaut %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>No La Poste API key: set the environment variable %1 to the key of the “Suivi v2” API (developer.laposte.fr), or name another variable with --api-key-env.</source>
        <translation>Pas de clé d&apos;API La Poste : mettez dans la variable d&apos;environnement %1 la clé de l&apos;API « Suivi v2 » (developer.laposte.fr), ou nommez une autre variable avec --api-key-env.</translation>
    </message>
    <message>
        <source>--base-url must be an http or https address, not “%1”.</source>
        <translation>--base-url doit être une adresse http ou https, pas « %1 ».</translation>
    </message>
    <message>
        <source>Order %1 has no parcel to track.</source>
        <translation>La commande %1 n&apos;a aucun colis à suivre.</translation>
    </message>
    <message>
        <source>Order %1, parcel %2</source>
        <translation>Commande %1, colis %2</translation>
    </message>
    <message>
        <source>%1 (new events: %2)</source>
        <translation>%1 (nouveaux événements : %2)</translation>
    </message>
    <message>
        <source>order marked delivered</source>
        <translation>commande marquée livrée</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Parcels checked: %1 of %2; new events: %3; delivered: %4; errors: %5.</source>
        <translation>Colis vérifiés : %1 sur %2 ; nouveaux événements : %3 ; livrés : %4 ; erreurs : %5.</translation>
    </message>
    <message>
        <source>Ship orders from a CSV of order numbers and tracking numbers</source>
        <translation>Expédier des commandes depuis un CSV de numéros de commande et de numéros de suivi</translation>
    </message>
    <message>
        <source>Record the tracking events of a carrier&apos;s CSV export</source>
        <translation>Enregistrer les événements de suivi de l&apos;export CSV d&apos;un transporteur</translation>
    </message>
    <message>
        <source>Ship orders from a CSV file of order numbers and tracking numbers, as label tools export it (columns such as Order number or N° commande, Tracking number or Numéro de suivi, and optionally Carrier, Service, Weight, Cost, Date). An order not shipped yet is shipped with its parcel and its stock leaves; a shipped order gets another parcel; a parcel already recorded is left alone. The whole file is checked first; when a row is wrong, every problem is listed as file:line:column and nothing is written.</source>
        <translation>Expédie des commandes depuis un fichier CSV de numéros de commande et de numéros de suivi, tel que l&apos;exportent les outils d&apos;étiquettes (colonnes comme Order number ou N° commande, Tracking number ou Numéro de suivi, et si besoin Transporteur, Service, Poids, Coût, Date). Une commande pas encore expédiée l&apos;est avec son colis et son stock sort ; une commande expédiée reçoit un colis de plus ; un colis déjà enregistré est laissé tel quel. Tout le fichier est d&apos;abord vérifié ; quand une ligne est fausse, chaque problème est listé en fichier:ligne:colonne et rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>The carrier of rows that name none (default: recognised from each tracking number).</source>
        <translation>Le transporteur des lignes qui n&apos;en nomment aucun (par défaut : reconnu d&apos;après chaque numéro de suivi).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>--carrier: the shop has no carrier “%1” (see Settings ▸ Carriers).</source>
        <translation>--carrier : la boutique n&apos;a pas de transporteur « %1 » (voir Paramètres ▸ Transporteurs).</translation>
    </message>
    <message>
        <source>%1: order %2, %3: %4</source>
        <translation>%1 : commande %2, %3 : %4</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): nothing was written.</source>
        <translation>Essai à blanc de %1 (%2) : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>%1 importé (%2).</translation>
    </message>
    <message>
        <source>Record the tracking events of a carrier&apos;s CSV export: tracking number, status (Delivered, Livré, En cours d&apos;acheminement, Avisé…), date and time, and optionally location, description and code. Events a parcel already has are skipped; a delivered parcel moves its order to delivered. The whole file is checked first; when a row is wrong, every problem is listed as file:line:column and nothing is written.</source>
        <translation>Enregistre les événements de suivi de l&apos;export CSV d&apos;un transporteur : numéro de suivi, statut (Delivered, Livré, En cours d&apos;acheminement, Avisé…), date et heure, et si besoin lieu, description et code. Les événements qu&apos;un colis a déjà sont ignorés ; un colis livré fait passer sa commande à livrée. Tout le fichier est d&apos;abord vérifié ; quand une ligne est fausse, chaque problème est listé en fichier:ligne:colonne et rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Import reviews from a Judge.me, Trustpilot, WooCommerce or Comptoir CSV</source>
        <translation>Importer des avis depuis un CSV Judge.me, Trustpilot, WooCommerce ou Comptoir</translation>
    </message>
    <message>
        <source>Export the reviews and their replies as a CSV file</source>
        <translation>Exporter les avis et leurs réponses en fichier CSV</translation>
    </message>
    <message>
        <source>List the delivered orders to ask for a review, or draft the requests</source>
        <translation>Lister les commandes livrées dont on peut demander un avis, ou préparer les demandes</translation>
    </message>
    <message>
        <source>Import the reviews of a CSV file exported from Judge.me, Trustpilot or WooCommerce, or written by “comptoir-cli export-reviews”; the format is recognised from the header line. Products are found by SKU, handle or name; a row without product is a review of the shop. A review the shop has already is left alone, so importing the same file again adds nothing. The whole file is checked first; when a row is wrong, every problem is listed as file:line:column and nothing is written.</source>
        <translation>Importe les avis d&apos;un fichier CSV exporté de Judge.me, Trustpilot ou WooCommerce, ou écrit par « comptoir-cli export-reviews » ; le format est reconnu d&apos;après la ligne d&apos;en-tête. Les produits sont trouvés par SKU, identifiant d&apos;URL ou nom ; une ligne sans produit est un avis sur la boutique. Un avis que la boutique a déjà est laissé tel quel : importer deux fois le même fichier n&apos;ajoute rien. Tout le fichier est d&apos;abord vérifié ; quand une ligne est fausse, chaque problème est listé en fichier:ligne:colonne et rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>%1: %2, %3★: %4</source>
        <translation>%1 : %2, %3★ : %4</translation>
    </message>
    <message>
        <source>Export the reviews with their replies as a CSV file, oldest first: in Comptoir&apos;s format, which “comptoir-cli import-reviews” reads back, or in Judge.me&apos;s. With --unpublished, only the replies still to publish on their platform; with --mark-published, they count as published once the file is written.</source>
        <translation>Exporte les avis avec leurs réponses en fichier CSV, du plus ancien au plus récent : au format de Comptoir, que « comptoir-cli import-reviews » relit, ou à celui de Judge.me. Avec --unpublished, seulement les réponses encore à publier sur leur plateforme ; avec --mark-published, elles comptent comme publiées une fois le fichier écrit.</translation>
    </message>
    <message>
        <source>comptoir (default) or judgeme.</source>
        <translation>comptoir (par défaut) ou judgeme.</translation>
    </message>
    <message>
        <source>Only the reviews from this platform: website, google, trustpilot, judgeme, woocommerce…</source>
        <translation>Seulement les avis de cette plateforme : website, google, trustpilot, judgeme, woocommerce…</translation>
    </message>
    <message>
        <source>Only the reviews answered whose reply is not published yet.</source>
        <translation>Seulement les avis répondus dont la réponse n&apos;est pas encore publiée.</translation>
    </message>
    <message>
        <source>Mark the replies written to the file as published.</source>
        <translation>Marquer comme publiées les réponses écrites dans le fichier.</translation>
    </message>
    <message>
        <source>Name the CSV file to write.</source>
        <translation>Nommez le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>--format is comptoir or judgeme, not “%1”.</source>
        <translation>--format vaut comptoir ou judgeme, pas « %1 ».</translation>
    </message>
    <message>
        <source>--source is website, google, trustpilot, judgeme, woocommerce, marketplace or other, not “%1”.</source>
        <translation>--source vaut website, google, trustpilot, judgeme, woocommerce, marketplace ou other, pas « %1 ».</translation>
    </message>
    <message>
        <source>Exported %1 reviews (%2 with a reply) to %3.</source>
        <translation>%1 avis exportés (%2 avec une réponse) dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) marked as published.</source>
        <translation>
            <numerusform>%n réponse marquée comme publiée.</numerusform>
            <numerusform>%n réponses marquées comme publiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the delivered orders whose customer is due a request for a review (some days after delivery, not reviewed nor asked yet), or write the requests as drafts in the orders&apos; conversations, to be checked and sent from the Messages page.</source>
        <translation>Lister les commandes livrées dont le client peut recevoir une demande d&apos;avis (quelques jours après la livraison, sans avis ni demande jusqu&apos;ici), ou écrire les demandes en brouillon dans les conversations des commandes, à relire et envoyer depuis la page Messages.</translation>
    </message>
    <message>
        <source>Draft the requests due.</source>
        <translation>Préparer en brouillon les demandes à faire.</translation>
    </message>
    <message>
        <source>The day to count from, YYYY-MM-DD (default: today).</source>
        <translation>Le jour de référence, AAAA-MM-JJ (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Save the number of days after delivery before asking (0: never).</source>
        <translation>Enregistrer le nombre de jours après la livraison avant de demander un avis (0 : jamais).</translation>
    </message>
    <message>
        <source>Save the address of the page where customers review the shop.</source>
        <translation>Enregistrer l&apos;adresse de la page où les clients donnent leur avis sur la boutique.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD, not “%1”.</source>
        <translation>--today doit être une date écrite AAAA-MM-JJ, pas « %1 ».</translation>
    </message>
    <message>
        <source>--days must be a whole number from 0 to 365, not “%1”.</source>
        <translation>--days doit être un nombre entier de 0 à 365, pas « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n review request(s) drafted: check and send them from the Messages page (Drafts).</source>
        <translation>
            <numerusform>%n demande d&apos;avis préparée : relisez-la et envoyez-la depuis la page Messages (Brouillons).</numerusform>
            <numerusform>%n demandes d&apos;avis préparées : relisez-les et envoyez-les depuis la page Messages (Brouillons).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) due for a review request.</source>
        <translation>
            <numerusform>%n commande à qui demander un avis.</numerusform>
            <numerusform>%n commandes à qui demander un avis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a report (sales, margin, VAT, stock…) as CSV or PDF</source>
        <translation>Écrire un rapport (ventes, marge, TVA, stock…) en CSV ou en PDF</translation>
    </message>
    <message>
        <source>Write a report as CSV or PDF, the same as the Reports page. Without a name, list the reports. The period is --from and --to (YYYY-MM-DD, both included) or --period; CSV goes to the standard output when --out is not given.</source>
        <translation>Écrire un rapport en CSV ou en PDF, le même que sur la page Rapports. Sans nom, liste les rapports. La période est --from et --to (AAAA-MM-JJ, tous deux inclus) ou --period ; le CSV va sur la sortie standard si --out n'est pas donné.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Premier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD, included).</source>
        <translation>Dernier jour (AAAA-MM-JJ, inclus).</translation>
    </message>
    <message>
        <source>A named period instead of --from and --to: %1.</source>
        <translation>Une période nommée au lieu de --from et --to : %1.</translation>
    </message>
    <message>
        <source>csv (default) or pdf.</source>
        <translation>csv (par défaut) ou pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>day, week, month (default), quarter or year.</source>
        <translation>day (jour), week (semaine), month (mois, par défaut), quarter (trimestre) ou year (année).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>Only this sales channel: website, counter, marketplace or phone.</source>
        <translation>Seulement ce canal de vente : website, counter, marketplace ou phone.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>Only this stock location (its name or number).</source>
        <translation>Seulement cet emplacement de stock (son nom ou son numéro).</translation>
    </message>
    <message>
        <source>location</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <source>At most this many rows (0: all).</source>
        <translation>Au plus ce nombre de lignes (0 : toutes).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>line (default: as on the orders) or order (once per order and rate).</source>
        <translation>line (par défaut : comme sur les commandes) ou order (une fois par commande et par taux).</translation>
    </message>
    <message>
        <source>how</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>standard (default: &apos;,&apos;, &apos;.&apos;, ISO dates, no BOM) or excel-fr (&apos;;&apos;, decimal comma, BOM, dd/MM/yyyy).</source>
        <translation>standard (par défaut : ',', '.', dates ISO, sans BOM) ou excel-fr (';', virgule décimale, BOM, dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>préréglage</translation>
    </message>
    <message>
        <source>The CSV delimiter: &apos;,&apos;, &apos;;&apos; or &apos;tab&apos; (overrides the preset).</source>
        <translation>Le séparateur du CSV : ',', ';' ou 'tab' (remplace le préréglage).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>caractère</translation>
    </message>
    <message>
        <source>The decimal separator: &apos;.&apos; or &apos;,&apos; (overrides the preset).</source>
        <translation>Le séparateur décimal : '.' ou ',' (remplace le préréglage).</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 BOM.</source>
        <translation>Commencer le CSV par un BOM UTF-8.</translation>
    </message>
    <message>
        <source>No UTF-8 BOM.</source>
        <translation>Sans BOM UTF-8.</translation>
    </message>
    <message>
        <source>The dates&apos; format, e.g. yyyy-MM-dd or dd/MM/yyyy (overrides the preset).</source>
        <translation>Le format des dates, par exemple yyyy-MM-dd ou dd/MM/yyyy (remplace le préréglage).</translation>
    </message>
    <message>
        <source>The report, e.g. sales-by-period.</source>
        <translation>Le rapport, par exemple sales-by-period.</translation>
    </message>
    <message>
        <source>There is no report called “%1”. Run “comptoir-cli report” to list them.</source>
        <translation>Il n'y a pas de rapport nommé « %1 ». Lancez « comptoir-cli report » pour les lister.</translation>
    </message>
    <message>
        <source>Give --period or --from and --to, not both.</source>
        <translation>Donnez --period ou bien --from et --to, pas les deux.</translation>
    </message>
    <message>
        <source>--period is one of %1, not “%2”.</source>
        <translation>--period est l'une de ces valeurs : %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>Give the period: --from and --to, or --period.</source>
        <translation>Donnez la période : --from et --to, ou --period.</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a day: write it YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation>--%1 « %2 » n'est pas un jour : écrivez-le AAAA-MM-JJ, par exemple 2026-01-31.</translation>
    </message>
    <message>
        <source>--group-by is day, week, month, quarter or year, not “%1”.</source>
        <translation>--group-by vaut day, week, month, quarter ou year, pas « %1 ».</translation>
    </message>
    <message>
        <source>--top is a number of rows, 0 for all, not “%1”.</source>
        <translation>--top est un nombre de lignes, 0 pour toutes, pas « %1 ».</translation>
    </message>
    <message>
        <source>--vat-rounding is line or order, not “%1”.</source>
        <translation>--vat-rounding vaut line ou order, pas « %1 ».</translation>
    </message>
    <message>
        <source>--format is csv or pdf, not “%1”.</source>
        <translation>--format vaut csv ou pdf, pas « %1 ».</translation>
    </message>
    <message>
        <source>A PDF needs a file: name it with --out.</source>
        <translation>Un PDF a besoin d'un fichier : nommez-le avec --out.</translation>
    </message>
    <message>
        <source>--csv is standard or excel-fr, not “%1”.</source>
        <translation>--csv vaut standard ou excel-fr, pas « %1 ».</translation>
    </message>
    <message>
        <source>--delimiter is one character or tab, not “%1”.</source>
        <translation>--delimiter est un caractère ou tab, pas « %1 ».</translation>
    </message>
    <message>
        <source>--decimal is &apos;.&apos; or &apos;,&apos;, not “%1”.</source>
        <translation>--decimal vaut '.' ou ',', pas « %1 ».</translation>
    </message>
    <message>
        <source>There is no stock location called “%1”.</source>
        <translation>Il n'y a pas d'emplacement de stock nommé « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n row(s)).</source>
        <translation>
            <numerusform>%1 écrit (%2, %n ligne).</numerusform>
            <numerusform>%1 écrit (%2, %n lignes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Product (groups variants)</source>
        <translation>Produit (regroupe les variantes)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Option 1 (e.g. size)</source>
        <translation>Option 1 (par ex. taille)</translation>
    </message>
    <message>
        <source>Option 2 (e.g. colour)</source>
        <translation>Option 2 (par ex. couleur)</translation>
    </message>
    <message>
        <source>Barcode (EAN, UPC)</source>
        <translation>Code-barres (EAN, UPC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Compare-at price</source>
        <translation>Prix barré</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Currency (EUR, USD…)</source>
        <translation>Devise (EUR, USD…)</translation>
    </message>
    <message>
        <source>Weight in grams</source>
        <translation>Poids en grammes</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Poids en kilogrammes</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <source>Lead time in days</source>
        <translation>Délai en jours</translation>
    </message>
    <message>
        <source>Bin location</source>
        <translation>Casier</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stock en rayon</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>Quelle colonne est laquelle ?</translation>
    </message>
    <message>
        <source>Choose the Comptoir field each column of the file holds. Columns set to “Ignore” are left out; a SKU column is required.</source>
        <translation>Choisissez le champ Comptoir que contient chaque colonne du fichier. Les colonnes sur « Ignorer » sont laissées de côté ; une colonne de références est obligatoire.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Comptoir field</source>
        <translation>Champ Comptoir</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation>Champ pour la colonne « %1 »</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>CsvNumber</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>« %1 » est trop grand.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s).</source>
        <translation>
            <numerusform>« %1 » a plus de %n décimale.</numerusform>
            <numerusform>« %1 » a plus de %n décimales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Le fichier n’est pas ouvert en lecture.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 from here on although the lines before were read as UTF-8: the file mixes two encodings. Save it again as UTF-8.</source>
        <translation>À partir d’ici le texte n’est plus de l’UTF-8 valide alors que les lignes précédentes l’étaient : le fichier mélange deux encodages. Enregistrez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>The quoted field opened at line %1, column %2 is never closed: a closing quote (&quot;) is missing.</source>
        <translation>Le champ entre guillemets ouvert ligne %1, colonne %2 n’est jamais fermé : il manque un guillemet fermant (&quot;).</translation>
    </message>
    <message>
        <source>A quote (&quot;) appears in the middle of a field that does not start with one. Put the whole field in quotes and double the quotes inside it.</source>
        <translation>Un guillemet (&quot;) apparaît au milieu d’un champ qui n’en commence pas par un. Mettez tout le champ entre guillemets et doublez les guillemets qu’il contient.</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of a field: a quoted field must be followed by the delimiter or the end of the line.</source>
        <translation>Texte inattendu après le guillemet fermant d’un champ : un champ entre guillemets doit être suivi du séparateur ou de la fin de ligne.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Le fichier n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name.</source>
        <translation>La colonne %1 de l’en-tête n’a pas de nom.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header (columns %2 and %3).</source>
        <translation>La colonne « %1 » apparaît deux fois dans l’en-tête (colonnes %2 et %3).</translation>
    </message>
    <message>
        <source>A whole number is expected here.</source>
        <translation>Un nombre entier est attendu ici.</translation>
    </message>
    <message>
        <source>“%1” has a decimal part; a whole number is expected here.</source>
        <translation>« %1 » a une partie décimale ; un nombre entier est attendu ici.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>« %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is too large for a whole number.</source>
        <translation>« %1 » est trop grand pour un nombre entier.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file could not be written (is the disk full?).</source>
        <translation>Le fichier CSV n’a pas pu être écrit (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>Le fichier n’est pas ouvert en écriture.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Could not read the dashboard&apos;s figures.</source>
        <translation>Impossible de lire les chiffres du tableau de bord.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>today, %1</source>
        <translation>aujourd'hui, %1</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
    <message>
        <source>Oldest: %1</source>
        <translation>Plus ancienne : %1</translation>
    </message>
    <message>
        <source>Every parcel on its way</source>
        <translation>Tous les colis suivent leur route</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhappy (3 stars or fewer)</source>
        <translation>
            <numerusform>%n mécontent (3 étoiles ou moins)</numerusform>
            <numerusform>%n mécontents (3 étoiles ou moins)</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the sales velocity…</source>
        <translation>Calcul du rythme des ventes…</translation>
    </message>
    <message>
        <source>Suppliers: %1</source>
        <translation>Fournisseurs : %1</translation>
    </message>
    <message>
        <source>Stock lasts beyond the lead times</source>
        <translation>Le stock tient au-delà des délais</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last 7 days</source>
        <translation>
            <numerusform>%n ces 7 derniers jours</numerusform>
            <numerusform>%n ces 7 derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing on the same days last year</source>
        <translation>rien les mêmes jours l'an dernier</translation>
    </message>
    <message>
        <source>▲ %1 % on last year (%2)</source>
        <translation>▲ %1 % sur l'an dernier (%2)</translation>
    </message>
    <message>
        <source>▼ %1 % on last year (%2)</source>
        <translation>▼ %1 % sur l'an dernier (%2)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d'affaires</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Panier moyen</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in another currency left out.</source>
        <translation>
            <numerusform>%n commande dans une autre devise laissée de côté.</numerusform>
            <numerusform>%n commandes dans une autre devise laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders placed in the period, cancelled ones left out, VAT and shipping included.</source>
        <translation>Commandes passées dans la période, annulées exclues, TVA et port compris.</translation>
    </message>
    <message>
        <source>Revenue per %1, and the same days last year</source>
        <translation>Chiffre d'affaires par %1, et les mêmes jours l'an dernier</translation>
    </message>
    <message>
        <source>Orders per %1, and the same days last year</source>
        <translation>Commandes par %1, et les mêmes jours l'an dernier</translation>
    </message>
    <message>
        <source>Same days last year</source>
        <translation>Mêmes jours l'an dernier</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the period, %2 on the same days last year</source>
        <translation>%1 dans la période, %2 les mêmes jours l'an dernier</translation>
    </message>
    <message>
        <source>%1 orders in the period, %2 on the same days last year</source>
        <translation>%1 commandes dans la période, %2 les mêmes jours l'an dernier</translation>
    </message>
    <message>
        <source>Best sellers: no sale in the period</source>
        <translation>Meilleures ventes : aucune vente dans la période</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Meilleures ventes</translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n vendu</numerusform>
            <numerusform>%n vendus</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Ventes par canal</translation>
    </message>
    <message>
        <source>Sales by channel: no sale in the period</source>
        <translation>Ventes par canal : aucune vente dans la période</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read every figure again (F5)</source>
        <translation>Relire tous les chiffres (F5)</translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation>&amp;Chiffre d'affaires</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>C&amp;ommandes</translation>
    </message>
    <message>
        <source>Draw the revenue (Alt+R)</source>
        <translation>Tracer le chiffre d'affaires (Alt+C)</translation>
    </message>
    <message>
        <source>Draw the number of orders (Alt+O)</source>
        <translation>Tracer le nombre de commandes (Alt+O)</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Parcels needing attention</source>
        <translation>Colis à surveiller</translation>
    </message>
    <message>
        <source>Messages to answer</source>
        <translation>Messages à traiter</translation>
    </message>
    <message>
        <source>Reviews to answer</source>
        <translation>Avis à traiter</translation>
    </message>
    <message>
        <source>Variants to reorder</source>
        <translation>Variantes à réapprovisionner</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>En rupture</translation>
    </message>
    <message>
        <source>Open the orders to prepare (Alt+1)</source>
        <translation>Ouvrir les commandes à préparer (Alt+1)</translation>
    </message>
    <message>
        <source>Open the orders on hold (Alt+2)</source>
        <translation>Ouvrir les commandes en attente (Alt+2)</translation>
    </message>
    <message>
        <source>Open the parcels needing attention (Alt+3)</source>
        <translation>Ouvrir les colis à surveiller (Alt+3)</translation>
    </message>
    <message>
        <source>Open the conversations waiting for an answer (Alt+4)</source>
        <translation>Ouvrir les conversations qui attendent une réponse (Alt+4)</translation>
    </message>
    <message>
        <source>Open the reviews waiting for an answer, unhappy ones first (Alt+5)</source>
        <translation>Ouvrir les avis qui attendent une réponse, les mécontents d'abord (Alt+5)</translation>
    </message>
    <message>
        <source>Open what to reorder on the Stock page (Alt+6)</source>
        <translation>Ouvrir les réapprovisionnements de la page Stock (Alt+6)</translation>
    </message>
    <message>
        <source>Open the products, sorted by stock (Alt+7)</source>
        <translation>Ouvrir les produits, triés par stock (Alt+7)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the shop file.</source>
        <translation>Impossible d’ouvrir le fichier de la boutique.</translation>
    </message>
    <message>
        <source>There is no shop file here.</source>
        <translation>Il n’y a pas de fichier de boutique ici.</translation>
    </message>
    <message>
        <source>Could not create the folder for the shop file.</source>
        <translation>Impossible de créer le dossier du fichier de la boutique.</translation>
    </message>
    <message>
        <source>The shop file cannot be read. Check its permissions.</source>
        <translation>Le fichier de la boutique est illisible. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>This file is not a Comptoir shop database.</source>
        <translation>Ce fichier n’est pas une base de boutique Comptoir.</translation>
    </message>
    <message>
        <source>The folder of the shop file is read-only; Comptoir needs to write its journal there.</source>
        <translation>Le dossier du fichier de la boutique est en lecture seule ; Comptoir doit pouvoir y écrire son journal.</translation>
    </message>
    <message>
        <source>This SQLite file was not made by Comptoir; it was left untouched.</source>
        <translation>Ce fichier SQLite n’a pas été créé par Comptoir ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This shop was saved by a newer version of Comptoir (schema %1; this version reads up to %2). Update Comptoir to open it; the file was left untouched.</source>
        <translation>Cette boutique a été enregistrée par une version plus récente de Comptoir (schéma %1 ; cette version lit jusqu’au schéma %2). Mettez Comptoir à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The shop file is in use by another program (it is locked). Close the other program or Comptoir window and try again.</source>
        <translation>Le fichier de la boutique est utilisé par un autre programme (il est verrouillé). Fermez l’autre programme ou l’autre fenêtre de Comptoir, puis réessayez.</translation>
    </message>
    <message>
        <source>The shop file is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Le fichier de la boutique est endommagé et ne peut pas être ouvert. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The shop file is read-only; Comptoir needs to write to it. Check its permissions.</source>
        <translation>Le fichier de la boutique est en lecture seule ; Comptoir doit pouvoir y écrire. Vérifiez ses droits d’accès.</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L'an dernier</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Regrouper par</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>The period of the figures and charts (Alt+P)</source>
        <translation>La période des chiffres et des graphiques (Alt+P)</translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>A file already exists here; the demo shop is only written to a new file.</source>
        <translation>Un fichier existe déjà ici ; la boutique de démonstration n’est écrite que dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>The demo shop could not be moved into place.</source>
        <translation>La boutique de démonstration n’a pas pu être mise en place.</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Construction des index</translation>
    </message>
    <message>
        <source>The demo shop could not be written.</source>
        <translation>La boutique de démonstration n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Demo shop creation cancelled.</source>
        <translation>Création de la boutique de démonstration annulée.</translation>
    </message>
    <message>
        <source>The demo shop can only be written into an empty shop.</source>
        <translation>La boutique de démonstration ne peut être écrite que dans une boutique vide.</translation>
    </message>
    <message>
        <source>Opening stock count</source>
        <translation>Inventaire initial</translation>
    </message>
    <message>
        <source>Writing products</source>
        <translation>Écriture des produits</translation>
    </message>
    <message>
        <source>Writing customers</source>
        <translation>Écriture des clients</translation>
    </message>
    <message>
        <source>Writing orders</source>
        <translation>Écriture des commandes</translation>
    </message>
    <message>
        <source>Supplier delivery</source>
        <translation>Livraison fournisseur</translation>
    </message>
    <message>
        <source>Returned in good condition</source>
        <translation>Retourné en bon état</translation>
    </message>
    <message>
        <source>Writing stock</source>
        <translation>Écriture du stock</translation>
    </message>
    <message>
        <source>Writing customer messages</source>
        <translation>Écriture des messages des clients</translation>
    </message>
    <message>
        <source>Writing reviews</source>
        <translation>Écriture des avis</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <source>Keep the return instructions to %1 characters so they fit at the bottom of a slip (now %2).</source>
        <translation>Limitez les instructions de retour à %1 caractères pour qu’elles tiennent en bas du bon (actuellement %2).</translation>
    </message>
    <message>
        <source>Return instructions</source>
        <translation>Instructions de retour</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>A barcode has digits only; “%1” has other characters.</source>
        <translation>Un code-barres ne contient que des chiffres ; « %1 » contient d’autres caractères.</translation>
    </message>
    <message>
        <source>A barcode has 8, 12, 13 or 14 digits; “%1” has %2.</source>
        <translation>Un code-barres a 8, 12, 13 ou 14 chiffres ; « %1 » en a %2.</translation>
    </message>
    <message>
        <source>The last digit of “%1” should be %2: check for a typo.</source>
        <translation>Le dernier chiffre de « %1 » devrait être %2 : vérifiez la saisie.</translation>
    </message>
</context>
<context>
    <name>ImapFetcher</name>
    <message>
        <source>“%1” is not a folder name.</source>
        <translation>« %1 » n&apos;est pas un nom de dossier.</translation>
    </message>
    <message>
        <source>The mail server %1 has no folder “%2”.</source>
        <translation>Le serveur de messagerie %1 n&apos;a pas de dossier « %2 ».</translation>
    </message>
    <message>
        <source>The mail server %1 refused to store the mail in the folder “%2”: check that it exists.</source>
        <translation>Le serveur de messagerie %1 a refusé d&apos;enregistrer le message dans le dossier « %2 » : vérifiez qu&apos;il existe.</translation>
    </message>
    <message>
        <source>The folder “%1” changed on the mail server %2 while it was read: try again.</source>
        <translation>Le dossier « %1 » a changé sur le serveur de messagerie %2 pendant sa lecture : réessayez.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to search the folder “%2”.</source>
        <translation>Le serveur de messagerie %1 a refusé la recherche dans le dossier « %2 ».</translation>
    </message>
    <message>
        <source>The mail server %1 gave an answer Comptoir cannot read.</source>
        <translation>Le serveur de messagerie %1 a donné une réponse que Comptoir ne sait pas lire.</translation>
    </message>
    <message>
        <source>“%1” is not a message identifier (&lt;id@domain&gt;).</source>
        <translation>« %1 » n&apos;est pas un identifiant de message (&lt;id@domaine&gt;).</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Variants: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Variantes : %1 créées, %2 mises à jour, %3 inchangées.</translation>
    </message>
    <message>
        <source>Products: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Produits : %1 créés, %2 mis à jour, %3 inchangés.</translation>
    </message>
    <message numerus="yes">
        <source>Stock counted for %n variant(s) at %1.</source>
        <translation>
            <numerusform>Stock compté pour %n variante à %1.</numerusform>
            <numerusform>Stock compté pour %n variantes à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New categories: %1, new suppliers: %2.</source>
        <translation>Nouvelles catégories : %1, nouveaux fournisseurs : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (images, grouped or external products).</source>
        <translation>
            <numerusform>%n ligne ignorée (images, produits groupés ou externes).</numerusform>
            <numerusform>%n lignes ignorées (images, produits groupés ou externes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>To answer</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>This conversation does not exist.</source>
        <translation>Cette conversation n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This message does not exist.</source>
        <translation>Ce message n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This attachment does not exist.</source>
        <translation>Cette pièce jointe n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A message needs its sender: an address or a name.</source>
        <translation>Un message a besoin de son expéditeur : une adresse ou un nom.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Order %1 has no email address: add the customer&apos;s address to the order first.</source>
        <translation>La commande %1 n&apos;a pas d&apos;adresse e-mail : ajoutez d&apos;abord l&apos;adresse du client à la commande.</translation>
    </message>
    <message>
        <source>Your order %1</source>
        <translation>Votre commande %1</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>This draft is no longer a draft: it was sent or deleted, perhaps from another window.</source>
        <translation>Ce brouillon n&apos;en est plus un : il a été envoyé ou supprimé, peut-être depuis une autre fenêtre.</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; this message is not one.</source>
        <translation>Seul un brouillon peut être supprimé ; ce message n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>This order does not exist.</source>
        <translation>Cette commande n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the background job</source>
        <translation>Annuler la tâche en arrière-plan</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1 : annulation…</translation>
    </message>
</context>
<context>
    <name>KeysetQuery</name>
    <message>
        <source>The list could not be read.</source>
        <translation>La liste n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The list could not be counted.</source>
        <translation>La liste n’a pas pu être comptée.</translation>
    </message>
</context>
<context>
    <name>LaPosteTracking</name>
    <message>
        <source>La Poste refused the API key: check it on developer.laposte.fr (API “Suivi v2”).</source>
        <translation>La Poste a refusé la clé d&apos;API : vérifiez-la sur developer.laposte.fr (API « Suivi v2 »).</translation>
    </message>
    <message>
        <source>La Poste does not know this tracking number: it is mistyped, or the parcel has not been handed over yet.</source>
        <translation>La Poste ne connaît pas ce numéro de suivi : il est mal saisi, ou le colis n&apos;a pas encore été remis.</translation>
    </message>
    <message>
        <source>La Poste refused this tracking number as malformed.</source>
        <translation>La Poste a refusé ce numéro de suivi comme mal formé.</translation>
    </message>
    <message>
        <source>La Poste receives too many requests from this key: try again in a few minutes.</source>
        <translation>La Poste reçoit trop de requêtes avec cette clé : réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>La Poste&apos;s tracking service is not working right now: try again later.</source>
        <translation>Le service de suivi de La Poste ne fonctionne pas pour le moment : réessayez plus tard.</translation>
    </message>
    <message>
        <source>La Poste gave an unexpected answer (HTTP status %1).</source>
        <translation>La Poste a donné une réponse inattendue (statut HTTP %1).</translation>
    </message>
    <message>
        <source>La Poste&apos;s answer could not be read.</source>
        <translation>La réponse de La Poste n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>La Poste&apos;s answer holds no parcel.</source>
        <translation>La réponse de La Poste ne contient aucun colis.</translation>
    </message>
    <message>
        <source>La Poste&apos;s answer could not be read: its events are not a list.</source>
        <translation>La réponse de La Poste n&apos;a pas pu être lue : ses événements ne sont pas une liste.</translation>
    </message>
    <message>
        <source>La Poste&apos;s answer could not be read: event %1 is not an event.</source>
        <translation>La réponse de La Poste n&apos;a pas pu être lue : l&apos;événement %1 n&apos;est pas un événement.</translation>
    </message>
    <message>
        <source>La Poste&apos;s answer could not be read: event %1 (%2) has no valid date.</source>
        <translation>La réponse de La Poste n&apos;a pas pu être lue : l&apos;événement %1 (%2) n&apos;a pas de date valide.</translation>
    </message>
    <message>
        <source>There is no API key for La Poste: get one on developer.laposte.fr (API “Suivi v2”).</source>
        <translation>Il n&apos;y a pas de clé d&apos;API pour La Poste : obtenez-en une sur developer.laposte.fr (API « Suivi v2 »).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>La Poste did not answer within %n second(s): try again later.</source>
        <translation>
            <numerusform>La Poste n&apos;a pas répondu en %n seconde : réessayez plus tard.</numerusform>
            <numerusform>La Poste n&apos;a pas répondu en %n secondes : réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>La Poste&apos;s server (%1) could not be found: check the internet connection (DNS).</source>
        <translation>Le serveur de La Poste (%1) est introuvable : vérifiez la connexion à internet (DNS).</translation>
    </message>
    <message>
        <source>The secure connection to La Poste&apos;s server (%1) failed (TLS): check the computer&apos;s date and time, and any proxy or antivirus that inspects connections.</source>
        <translation>La connexion sécurisée au serveur de La Poste (%1) a échoué (TLS) : vérifiez la date et l&apos;heure de l&apos;ordinateur, et tout proxy ou antivirus qui inspecte les connexions.</translation>
    </message>
    <message>
        <source>The proxy did not let the connection to La Poste&apos;s server (%1) through.</source>
        <translation>Le proxy n&apos;a pas laissé passer la connexion au serveur de La Poste (%1).</translation>
    </message>
    <message>
        <source>Could not connect to La Poste&apos;s server (%1): check the internet connection.</source>
        <translation>Impossible de se connecter au serveur de La Poste (%1) : vérifiez la connexion à internet.</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Something not right? You can return unused items within 14 days of delivery: write to %1 with your order number and we will tell you how to send them back.</source>
        <translation>Quelque chose ne va pas ? Vous pouvez nous retourner les articles non utilisés dans les 14 jours suivant la livraison : écrivez à %1 en indiquant votre numéro de commande et nous vous dirons comment les renvoyer.</translation>
    </message>
    <message>
        <source>Something not right? You can return unused items within 14 days of delivery: contact us with your order number and we will tell you how to send them back.</source>
        <translation>Quelque chose ne va pas ? Vous pouvez nous retourner les articles non utilisés dans les 14 jours suivant la livraison : contactez-nous en indiquant votre numéro de commande et nous vous dirons comment les renvoyer.</translation>
    </message>
</context>
<context>
    <name>LocationTableModel</name>
    <message>
        <source>No shop is open.</source>
        <translation>Aucune boutique n’est ouverte.</translation>
    </message>
    <message>
        <source>Press F2 to rename</source>
        <translation>Appuyez sur F2 pour renommer</translation>
    </message>
    <message>
        <source>Its stock is offered on your website</source>
        <translation>Son stock est proposé sur votre site web</translation>
    </message>
    <message>
        <source>Its stock is kept for the shop counter</source>
        <translation>Son stock est gardé pour la vente en boutique</translation>
    </message>
    <message>
        <source>Holds stock</source>
        <translation>Contient du stock</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Sold online</source>
        <translation>Vendu en ligne</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
</context>
<context>
    <name>Locations</name>
    <message>
        <source>Location name</source>
        <translation>Nom de l’emplacement</translation>
    </message>
    <message>
        <source>This stock location does not exist.</source>
        <translation>Cet emplacement de stock n’existe pas.</translation>
    </message>
    <message>
        <source>Give the location a name.</source>
        <translation>Donnez un nom à l’emplacement.</translation>
    </message>
    <message>
        <source>Another location is already called “%1”.</source>
        <translation>Un autre emplacement s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>The shop has no stock location yet.</source>
        <translation>La boutique n’a encore aucun emplacement de stock.</translation>
    </message>
    <message>
        <source>“%1” is the only location sold online: your website needs the stock of at least one location. Tick “Sold online” for another location first.</source>
        <translation>« %1 » est le seul emplacement vendu en ligne : votre site web a besoin du stock d’au moins un emplacement. Cochez d’abord « Vendu en ligne » pour un autre emplacement.</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: it is the shop’s only stock location, and a shop needs one.</source>
        <translation>Impossible de retirer « %1 » : c’est le seul emplacement de stock de la boutique, et il en faut un.</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: counter sales take stock from it. Choose another location for counter sales first.</source>
        <translation>Impossible de retirer « %1 » : les ventes en boutique y prennent leur stock. Choisissez d’abord un autre emplacement pour les ventes en boutique.</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: it is the only location sold online. Tick “Sold online” for another location first.</source>
        <translation>Impossible de retirer « %1 » : c’est le seul emplacement vendu en ligne. Cochez d’abord « Vendu en ligne » pour un autre emplacement.</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: it holds stock. Its stock history stays with it; rename it if you use it for something else.</source>
        <translation>Impossible de retirer « %1 » : il contient du stock. Son historique de stock lui reste attaché ; renommez-le si vous l’utilisez pour autre chose.</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: the stock history has movements there, which keep their location. Rename it if you use it for something else.</source>
        <translation>Impossible de retirer « %1 » : l’historique du stock y a des mouvements, qui gardent leur emplacement. Renommez-le si vous l’utilisez pour autre chose.</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: purchase orders are delivered there. Rename it if you use it for something else.</source>
        <translation>Impossible de retirer « %1 » : des bons de commande y sont livrés. Renommez-le si vous l’utilisez pour autre chose.</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: stock takes counted it. Rename it if you use it for something else.</source>
        <translation>Impossible de retirer « %1 » : des inventaires l’ont compté. Renommez-le si vous l’utilisez pour autre chose.</translation>
    </message>
</context>
<context>
    <name>MailAccountSettings</name>
    <message>
        <source>The password could not be kept: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être conservé : %1</translation>
    </message>
    <message>
        <source>No keychain available on this computer: the mail passwords are kept for this session only.</source>
        <translation>Aucun trousseau disponible sur cet ordinateur : les mots de passe de messagerie ne sont conservés que pour cette session.</translation>
    </message>
    <message>
        <source>Mail account saved.</source>
        <translation>Compte de messagerie enregistré.</translation>
    </message>
    <message>
        <source>Trying the servers…</source>
        <translation>Essai des serveurs…</translation>
    </message>
    <message>
        <source>Receiving works, but there is no folder “%1” (folders: %2).</source>
        <translation>La réception fonctionne, mais il n&apos;y a pas de dossier « %1 » (dossiers : %2).</translation>
    </message>
    <message>
        <source>Receiving works, but there is no folder “%1” to keep sent mail in (folders: %2).</source>
        <translation>La réception fonctionne, mais il n&apos;y a pas de dossier « %1 » où garder les messages envoyés (dossiers : %2).</translation>
    </message>
    <message>
        <source>Receiving works.</source>
        <translation>La réception fonctionne.</translation>
    </message>
    <message>
        <source>The shop has no email address to send from: enter it in Settings ▸ Shop.</source>
        <translation>La boutique n&apos;a pas d&apos;adresse e-mail d&apos;envoi : saisissez-la dans Paramètres ▸ Boutique.</translation>
    </message>
    <message>
        <source>Comptoir: test mail</source>
        <translation>Comptoir : message d&apos;essai</translation>
    </message>
    <message>
        <source>This mail was sent by Comptoir to check the shop&apos;s mail account. It can be deleted.</source>
        <translation>Ce message a été envoyé par Comptoir pour vérifier le compte de messagerie de la boutique. Vous pouvez le supprimer.</translation>
    </message>
    <message>
        <source>Sending works: a test mail went to %1.</source>
        <translation>L&apos;envoi fonctionne : un message d&apos;essai est parti vers %1.</translation>
    </message>
    <message>
        <source>Enter at least a server to send mail through.</source>
        <translation>Saisissez au moins un serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Sending server (SMTP):</source>
        <translation>Serveur d&apos;envoi (SMTP) :</translation>
    </message>
    <message>
        <source>Security and port:</source>
        <translation>Sécurité et port :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Receiving server (IMAP):</source>
        <translation>Serveur de réception (IMAP) :</translation>
    </message>
    <message>
        <source>Customers&apos; mail arrives in:</source>
        <translation>Le courrier des clients arrive dans :</translation>
    </message>
    <message>
        <source>Keep a copy of sent mail in:</source>
        <translation>Garder une copie des envois dans :</translation>
    </message>
    <message>
        <source>STARTTLS (encrypted after connecting)</source>
        <translation>STARTTLS (chiffré après la connexion)</translation>
    </message>
    <message>
        <source>TLS (encrypted from the start)</source>
        <translation>TLS (chiffré dès le début)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Aucune (seulement pour un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <source>— : the usual port (587 for STARTTLS, 465 for TLS)</source>
        <translation>— : le port habituel (587 pour STARTTLS, 465 pour TLS)</translation>
    </message>
    <message>
        <source>— : the usual port (143 for STARTTLS, 993 for TLS)</source>
        <translation>— : le port habituel (143 pour STARTTLS, 993 pour TLS)</translation>
    </message>
    <message>
        <source>Sent (leave empty if the server keeps its own copy)</source>
        <translation>Envoyés (laisser vide si le serveur garde sa propre copie)</translation>
    </message>
    <message>
        <source>Customers&apos; mail is fetched every five minutes and answers are sent at once. The passwords are kept in the computer&apos;s keychain, never in the shop file.</source>
        <translation>Le courrier des clients est relevé toutes les cinq minutes et les réponses partent aussitôt. Les mots de passe sont gardés dans le trousseau de l&apos;ordinateur, jamais dans le fichier de la boutique.</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>Enregistrer le compte de messagerie</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Log in to both servers and send a test mail to the shop&apos;s own address</source>
        <translation>Se connecter aux deux serveurs et envoyer un message d&apos;essai à l&apos;adresse de la boutique</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The mail server %1 was not found: check its name.</source>
        <translation>Le serveur de messagerie %1 est introuvable : vérifiez son nom.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached (connection refused or impossible): check its address and port, and the network.</source>
        <translation>Le serveur de messagerie %1 est injoignable (connexion refusée ou impossible) : vérifiez son adresse et son port, ainsi que le réseau.</translation>
    </message>
    <message numerus="yes">
        <source>The mail server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur de messagerie %1 n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le serveur de messagerie %1 n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server %1 refused the user name or password of “%2”: check them in the mail settings.</source>
        <translation>Le serveur de messagerie %1 a refusé le nom d&apos;utilisateur ou le mot de passe de « %2 » : vérifiez-les dans les réglages de messagerie.</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, so nothing was sent: Comptoir never sends mail or passwords in clear text. Check the port, or choose TLS.</source>
        <translation>Le serveur de messagerie %1 ne propose pas STARTTLS, donc rien n&apos;a été envoyé : Comptoir n&apos;envoie jamais de message ni de mot de passe en clair. Vérifiez le port, ou choisissez TLS.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted (expired, self-signed or made for another name), so nothing was sent.</source>
        <translation>Le certificat du serveur de messagerie %1 n&apos;est pas reconnu (expiré, auto-signé ou établi pour un autre nom), donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) with the mail server %1 failed: check that this port expects the security chosen (TLS is usually 465 for sending and 993 for receiving, STARTTLS 587 and 143).</source>
        <translation>La connexion sécurisée (TLS) avec le serveur de messagerie %1 a échoué : vérifiez que ce port attend la sécurité choisie (TLS utilise d&apos;habitude 465 pour l&apos;envoi et 993 pour la réception, STARTTLS 587 et 143).</translation>
    </message>
    <message>
        <source>The connection with the mail server %1 was cut: try again.</source>
        <translation>La connexion avec le serveur de messagerie %1 a été coupée : réessayez.</translation>
    </message>
    <message>
        <source>“%1” is not a valid mail server address.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur de messagerie valide.</translation>
    </message>
    <message>
        <source>The mail server %1 gave an unexpected answer.</source>
        <translation>Le serveur de messagerie %1 a donné une réponse inattendue.</translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>No server to send mail through: set up the mail account in Settings.</source>
        <translation>Aucun serveur d&apos;envoi : configurez le compte de messagerie dans les Paramètres.</translation>
    </message>
    <message>
        <source>No server to fetch mail from: set up the mail account in Settings.</source>
        <translation>Aucun serveur de réception : configurez le compte de messagerie dans les Paramètres.</translation>
    </message>
    <message>
        <source>Unreadable mail</source>
        <translation>Courrier illisible</translation>
    </message>
    <message>
        <source>(unreadable mail)</source>
        <translation>(courrier illisible)</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <source>no Sent folder is set in the mail account</source>
        <translation>aucun dossier Envoyés n&apos;est défini dans le compte de messagerie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: done.</source>
        <translation>%1 : opération terminée.</translation>
    </message>
    <message>
        <source>Cannot open the shop</source>
        <translation>Impossible d’ouvrir la boutique</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Nouvelle boutique</translation>
    </message>
    <message>
        <source>my-shop.db</source>
        <translation>ma-boutique.db</translation>
    </message>
    <message>
        <source>Comptoir shops (*.db)</source>
        <translation>Boutiques Comptoir (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or use File ▸ Open to open it.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou utilisez Fichier ▸ Ouvrir une boutique pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation>Ouvrir une boutique</translation>
    </message>
    <message>
        <source>Comptoir shops (*.db);;All files (*)</source>
        <translation>Boutiques Comptoir (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the current shop with the backup %1?

The current file is kept in the backup folder.</source>
        <translation>Remplacer la boutique actuelle par la sauvegarde %1 ?

Le fichier actuel est conservé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>No shop open</source>
        <translation>Aucune boutique ouverte</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>%1 – Comptoir</source>
        <translation>%1 – Comptoir</translation>
    </message>
    <message>
        <source>About Comptoir</source>
        <translation>À propos de Comptoir</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;The back office of one-person online shops: products, stock, orders, parcels, messages and reviews, on your own computer.&lt;/p&gt;&lt;p&gt;Build %2, Qt %3, database schema %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;Le back-office des boutiques en ligne tenues par une seule personne : produits, stock, commandes, colis, messages et avis, sur votre propre ordinateur.&lt;/p&gt;&lt;p&gt;Build %2, Qt %3, schéma de base de données %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Boutiques &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation>&amp;Nouvelle boutique…</translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation>&amp;Ouvrir une boutique…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produits</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>P&amp;aramètres</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;About Comptoir</source>
        <translation>À &amp;propos de Comptoir</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>S&amp;tock</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Importer des produits…</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>&amp;Exporter les produits…</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>P&amp;acking</source>
        <translation>E&amp;mballage</translation>
    </message>
    <message>
        <source>Import or&amp;ders…</source>
        <translation>Importer des co&amp;mmandes…</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>S&amp;hipments</source>
        <translation>E&amp;xpéditions</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message numerus="yes">
        <source>Mail at %1: %n new</source>
        <translation>
            <numerusform>Courrier à %1 : %n nouveau</numerusform>
            <numerusform>Courrier à %1 : %n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Rapp&amp;orts</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>To answer (%1)</source>
        <translation>À répondre (%1)</translation>
    </message>
    <message>
        <source>Unread (%1)</source>
        <translation>Non lus (%1)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Outbox (%1, %2 not sent)</source>
        <translation>À envoyer (%1, %2 non envoyés)</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>À envoyer (%1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>La boutique</translation>
    </message>
    <message>
        <source>The shop (%1)</source>
        <translation>La boutique (%1)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation>Note interne de %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>next try at %1</source>
        <translation>prochain essai à %1</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>Sent as a web page: shown here as text, without its images and scripts.</source>
        <translation>Envoyé sous forme de page web : affiché ici en texte, sans ses images ni ses scripts.</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <source>Insert a template…</source>
        <translation>Insérer un modèle…</translation>
    </message>
    <message>
        <source>No value for %1 here: check the text before sending.</source>
        <translation>Pas de valeur pour %1 ici : vérifiez le texte avant d&apos;envoyer.</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>Le brouillon n&apos;a pas pu être conservé : %1</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Écrivez d&apos;abord la réponse.</translation>
    </message>
    <message>
        <source>Message to %1 put in the outbox.</source>
        <translation>Message à %1 placé dans les messages à envoyer.</translation>
    </message>
    <message>
        <source>This parcel has no problem to tell the customer about.</source>
        <translation>Ce colis n&apos;a aucun problème à signaler au client.</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>The attachment could not be saved to %1: %2</source>
        <translation>La pièce jointe n&apos;a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Search words, customers, order numbers (Ctrl+F)</source>
        <translation>Chercher des mots, des clients, des numéros de commande (Ctrl+F)</translation>
    </message>
    <message>
        <source>New message…</source>
        <translation>Nouveau message…</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer non lu</translation>
    </message>
    <message>
        <source>Keep this conversation in bold, to come back to it</source>
        <translation>Garder cette conversation en gras, pour y revenir</translation>
    </message>
    <message>
        <source>Nothing left to do: the conversation leaves “To answer” until the customer writes again</source>
        <translation>Plus rien à faire : la conversation quitte « À répondre » jusqu&apos;à ce que le client réécrive</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Put the answer in the outbox (Ctrl+Enter)</source>
        <translation>Placer la réponse dans les messages à envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Keep the answer to finish later (Ctrl+S)</source>
        <translation>Garder la réponse pour la finir plus tard (Ctrl+S)</translation>
    </message>
    <message>
        <source>Add as note</source>
        <translation>Ajouter en note</translation>
    </message>
    <message>
        <source>Keep the text in the conversation as an internal note: the customer does not see it</source>
        <translation>Garder le texte dans la conversation comme note interne : le client ne la voit pas</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Write the answer here (Ctrl+R), or insert a template above.</source>
        <translation>Écrivez la réponse ici (Ctrl+R), ou insérez un modèle ci-dessus.</translation>
    </message>
    <message>
        <source>Pick a conversation in the list.</source>
        <translation>Choisissez une conversation dans la liste.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Sending and receiving…</source>
        <translation>Envoi et réception…</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Envoyer et recevoir</translation>
    </message>
    <message>
        <source>Send the outbox and fetch new mail now (F9); Comptoir also does it every five minutes</source>
        <translation>Envoyer les messages en attente et relever le courrier maintenant (F9) ; Comptoir le fait aussi toutes les cinq minutes</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Write to someone who has no conversation yet (Ctrl+Shift+M)</source>
        <translation>Écrire à quelqu’un qui n’a pas encore de conversation (Ctrl+Maj+M)</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Updating the database to version %1</source>
        <translation>Mise à jour de la base de données vers la version %1</translation>
    </message>
    <message>
        <source>Update cancelled.</source>
        <translation>Mise à jour annulée.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 (%2) failed; nothing was changed.</source>
        <translation>La mise à jour de la base de données vers la version %1 (%2) a échoué ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>MimeReader</name>
    <message>
        <source>The mail is written in a character set Comptoir does not know (“%1”): some accented letters may be shown wrong.</source>
        <translation>Le message est écrit dans un jeu de caractères que Comptoir ne connaît pas (« %1 ») : certaines lettres accentuées peuvent s&apos;afficher mal.</translation>
    </message>
    <message>
        <source>Part of the mail is not valid in its character set (“%1”): some letters may be shown wrong.</source>
        <translation>Une partie du message n&apos;est pas valide dans son jeu de caractères (« %1 ») : certaines lettres peuvent s&apos;afficher mal.</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>pièce jointe %1</translation>
    </message>
    <message>
        <source>attached mail</source>
        <translation>message joint</translation>
    </message>
    <message>
        <source>This is not a mail: it has no headers.</source>
        <translation>Ce n&apos;est pas un message : il n&apos;a pas d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>The mail&apos;s structure is broken: what could be read is shown, some of it may be missing or shown as raw text.</source>
        <translation>La structure du message est abîmée : ce qui a pu être lu est affiché, une partie peut manquer ou apparaître en texte brut.</translation>
    </message>
    <message>
        <source>Part of the mail is damaged (bad base64): a file or the text may be incomplete.</source>
        <translation>Une partie du message est abîmée (base64 invalide) : un fichier ou le texte peut être incomplet.</translation>
    </message>
    <message>
        <source>A part of the mail has an unreadable type: it is kept as a file.</source>
        <translation>Une partie du message a un type illisible : elle est gardée comme fichier.</translation>
    </message>
    <message>
        <source>Some addresses of the mail could not be read.</source>
        <translation>Certaines adresses du message n&apos;ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>MimeWriter</name>
    <message>
        <source>The mail has no sender address.</source>
        <translation>Le message n&apos;a pas d&apos;adresse d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The mail has no recipient.</source>
        <translation>Le message n&apos;a pas de destinataire.</translation>
    </message>
    <message>
        <source>“%1” is not a message identifier (&lt;id@domain&gt;).</source>
        <translation>« %1 » n&apos;est pas un identifiant de message (&lt;id@domaine&gt;).</translation>
    </message>
    <message>
        <source>The mail could not be written.</source>
        <translation>Le message n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency</source>
        <translation>devise inconnue</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>« %1 » n’est pas un montant</translation>
    </message>
    <message>
        <source>“%1” has more decimals than %2 allows (%3)</source>
        <translation>« %1 » a plus de décimales que %2 n’en autorise (%3)</translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>« %1 » est trop grand</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>This order does not exist.</source>
        <translation>Cette commande n’existe pas.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Une commande doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La quantité doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The prices of this order are in %1.</source>
        <translation>Les prix de cette commande sont en %1.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 %.</source>
        <translation>Le taux de TVA doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>This product is no longer in the catalog.</source>
        <translation>Ce produit n’est plus au catalogue.</translation>
    </message>
    <message>
        <source>Give the line a name.</source>
        <translation>Donnez un nom à la ligne.</translation>
    </message>
    <message>
        <source>Shipping and discount cannot be negative.</source>
        <translation>Les frais de port et la remise ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The discount cannot be more than the order.</source>
        <translation>La remise ne peut pas dépasser le montant de la commande.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Could not save the order.</source>
        <translation>Impossible d’enregistrer la commande.</translation>
    </message>
    <message>
        <source>A new order is either waiting for payment or paid.</source>
        <translation>Une nouvelle commande est soit en attente de paiement, soit payée.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>There is already an order %1.</source>
        <translation>Il existe déjà une commande %1.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Could not save the sale.</source>
        <translation>Impossible d’enregistrer la vente.</translation>
    </message>
    <message>
        <source>Only %1 of %2 available in stock, %3 sold. Count the shelf and correct the stock first.</source>
        <translation>Seulement %1 × %2 disponible(s) en stock pour %3 vendu(s). Comptez le rayon et corrigez d’abord le stock.</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>Vente au comptoir</translation>
    </message>
    <message>
        <source>Sold at the shop counter</source>
        <translation>Vendu au comptoir de la boutique</translation>
    </message>
    <message>
        <source>Order %1 is %2: it can no longer be changed.</source>
        <translation>La commande %1 est « %2 » : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Order %1 was changed in another window meanwhile. Open it again to see the changes.</source>
        <translation>La commande %1 a été modifiée entre-temps dans une autre fenêtre. Rouvrez-la pour voir les changements.</translation>
    </message>
    <message>
        <source>Order %1 is on hold: release it first.</source>
        <translation>La commande %1 est en attente : débloquez-la d’abord.</translation>
    </message>
    <message>
        <source>Order %1 is %2: it cannot become %3.</source>
        <translation>La commande %1 est « %2 » : elle ne peut pas passer à « %3 ».</translation>
    </message>
    <message>
        <source>Open a return from the order to record what came back.</source>
        <translation>Ouvrez un retour depuis la commande pour enregistrer ce qui est revenu.</translation>
    </message>
    <message>
        <source>Order %1 is already on hold.</source>
        <translation>La commande %1 est déjà en attente.</translation>
    </message>
    <message>
        <source>Order %1 is not on hold.</source>
        <translation>La commande %1 n’est pas en attente.</translation>
    </message>
    <message>
        <source>Order %1 has left the shop: open a return instead of cancelling it.</source>
        <translation>La commande %1 est déjà partie : ouvrez un retour au lieu de l’annuler.</translation>
    </message>
    <message>
        <source>Order %1 is not paid yet: it cannot be shipped.</source>
        <translation>La commande %1 n’est pas encore payée : elle ne peut pas être expédiée.</translation>
    </message>
    <message>
        <source>Order %1 is %2: it cannot be shipped.</source>
        <translation>La commande %1 est « %2 » : elle ne peut pas être expédiée.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Order %1 cannot be shipped: not enough stock for %2.</source>
        <translation>La commande %1 ne peut pas être expédiée : stock insuffisant pour %2.</translation>
    </message>
    <message>
        <source>Order %1 is %2: it holds no stock.</source>
        <translation>La commande %1 est « %2 » : elle ne réserve aucun stock.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Écrivez d’abord la note.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>An order cannot start as %1.</source>
        <translation>Une commande ne peut pas commencer « %1 ».</translation>
    </message>
    <message>
        <source>Order %1 is %2: it cannot be returned.</source>
        <translation>La commande %1 est « %2 » : elle ne peut pas être retournée.</translation>
    </message>
    <message>
        <source>Order %1 is %2: ship it before adding a parcel.</source>
        <translation>La commande %1 est %2 : expédiez-la avant d&apos;ajouter un colis.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Historique de la commande</translation>
    </message>
    <message>
        <source>Add a note to the history, then Enter</source>
        <translation>Ajoutez une note à l’historique, puis Entrée</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Order %1 – %2</source>
        <translation>Commande %1 – %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>Client de passage</translation>
    </message>
    <message>
        <source>No delivery</source>
        <translation>Pas de livraison</translation>
    </message>
    <message>
        <source>Same as delivery</source>
        <translation>Identique à la livraison</translation>
    </message>
    <message>
        <source>Customer note: %1</source>
        <translation>Note du client : %1</translation>
    </message>
    <message>
        <source>Gift message: %1</source>
        <translation>Message cadeau : %1</translation>
    </message>
    <message>
        <source>Shipping: %1</source>
        <translation>Livraison : %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>of which VAT</source>
        <translation>dont TVA</translation>
    </message>
    <message>
        <source>Not stocked</source>
        <translation>Hors stock</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 manquant(s)</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 retourné(s)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marquer &amp;payée</translation>
    </message>
    <message>
        <source>Back to &amp;paid</source>
        <translation>Revenir à &amp;payée</translation>
    </message>
    <message>
        <source>Back to p&amp;reparing</source>
        <translation>Revenir en p&amp;réparation</translation>
    </message>
    <message>
        <source>Start p&amp;reparing</source>
        <translation>Commencer la p&amp;réparation</translation>
    </message>
    <message>
        <source>Mark pac&amp;ked</source>
        <translation>Marquer &amp;emballée</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>E&amp;xpédier…</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>Marquer &amp;livrée</translation>
    </message>
    <message>
        <source>Put on &amp;hold…</source>
        <translation>Mettre en &amp;attente…</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>A&amp;nnuler la commande…</translation>
    </message>
    <message>
        <source>Reserve &amp;stock</source>
        <translation>Réserver le &amp;stock</translation>
    </message>
    <message>
        <source>Every item is now reserved.</source>
        <translation>Tous les articles sont maintenant réservés.</translation>
    </message>
    <message numerus="yes">
        <source>Still %n item(s) missing in stock.</source>
        <translation>
            <numerusform>Il manque encore %n article en stock.</numerusform>
            <numerusform>Il manque encore %n articles en stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Shipped: the stock left the shelves.</source>
        <translation>Expédiée : le stock a quitté les rayons.</translation>
    </message>
    <message>
        <source>Cancelled: its stock is free again.</source>
        <translation>Annulée : son stock est de nouveau disponible.</translation>
    </message>
    <message>
        <source>Put order %1 on hold</source>
        <translation>Mettre la commande %1 en attente</translation>
    </message>
    <message>
        <source>Why? (e.g. address to check, waiting for the customer)</source>
        <translation>Pourquoi ? (p. ex. adresse à vérifier, en attente du client)</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Annuler la commande %1</translation>
    </message>
    <message>
        <source>Why is it cancelled? Its reserved stock becomes available again.</source>
        <translation>Pourquoi est-elle annulée ? Son stock réservé redevient disponible.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>Open &amp;return…</source>
        <translation>Ouvrir un &amp;retour…</translation>
    </message>
    <message>
        <source>Receive %1…</source>
        <translation>Réceptionner %1…</translation>
    </message>
    <message>
        <source>Return received: the stock is updated.</source>
        <translation>Retour réceptionné : le stock est à jour.</translation>
    </message>
    <message>
        <source>Return opened: receive it when the parcel arrives.</source>
        <translation>Retour ouvert : réceptionnez-le à l’arrivée du colis.</translation>
    </message>
    <message>
        <source>Print s&amp;lip…</source>
        <translation>&amp;Imprimer le bon…</translation>
    </message>
    <message>
        <source>Preview and print the packing slip of this order (Ctrl+P)</source>
        <translation>Voir puis imprimer le bon de livraison de cette commande (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save slip as PD&amp;F…</source>
        <translation>Enregistrer le bon en PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the packing slip of this order as a PDF file (Ctrl+Shift+S)</source>
        <translation>Enregistrer le bon de livraison de cette commande dans un fichier PDF (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>Bon de livraison %1</translation>
    </message>
    <message>
        <source>Save the packing slip of order %1</source>
        <translation>Enregistrer le bon de livraison de la commande %1</translation>
    </message>
    <message>
        <source>packing-slip-%1</source>
        <translation>bon-de-livraison-%1</translation>
    </message>
    <message>
        <source>Packing slip of order %1 saved to %2.</source>
        <translation>Bon de livraison de la commande %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Tracking events of the parcel</source>
        <translation>Événements de suivi du colis</translation>
    </message>
    <message>
        <source>Add &amp;parcel…</source>
        <translation>Ajouter un &amp;colis…</translation>
    </message>
    <message>
        <source>Another parcel for this order: a split shipment or a replacement</source>
        <translation>Un autre colis pour cette commande : envoi en plusieurs fois ou remplacement</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <source>Correct the carrier, service or tracking number of the parcel</source>
        <translation>Corriger le transporteur, le service ou le numéro de suivi du colis</translation>
    </message>
    <message>
        <source>Add tracking &amp;event…</source>
        <translation>Ajouter un év&amp;énement de suivi…</translation>
    </message>
    <message>
        <source>Record what the carrier or the customer says about the parcel (Ctrl+E)</source>
        <translation>Noter ce que le transporteur ou le client dit du colis (Ctrl+E)</translation>
    </message>
    <message>
        <source>Carrier &amp;page</source>
        <translation>&amp;Page du transporteur</translation>
    </message>
    <message>
        <source>Open the parcel&apos;s tracking page on the carrier&apos;s site (Ctrl+O)</source>
        <translation>Ouvrir la page de suivi du colis sur le site du transporteur (Ctrl+O)</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Sans numéro</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Livré le %1</translation>
    </message>
    <message>
        <source>Handled: %1</source>
        <translation>Traité : %1</translation>
    </message>
    <message>
        <source>Parcels (%1)</source>
        <translation>Colis (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) need attention</source>
        <translation>
            <numerusform>%n colis demande votre attention</numerusform>
            <numerusform>%n colis demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered by %1</source>
        <translation>Saisi par %1</translation>
    </message>
    <message>
        <source>%1 (entered by %2)</source>
        <translation>%1 (saisi par %2)</translation>
    </message>
    <message>
        <source>%1 — carrier code %2</source>
        <translation>%1 — code transporteur %2</translation>
    </message>
    <message>
        <source>No tracking news yet</source>
        <translation>Pas encore de nouvelles du suivi</translation>
    </message>
    <message>
        <source>Parcel added.</source>
        <translation>Colis ajouté.</translation>
    </message>
    <message>
        <source>Parcel corrected.</source>
        <translation>Colis corrigé.</translation>
    </message>
    <message>
        <source>Tracking event added.</source>
        <translation>Événement de suivi ajouté.</translation>
    </message>
    <message>
        <source>This event was already recorded.</source>
        <translation>Cet événement était déjà enregistré.</translation>
    </message>
    <message>
        <source>Re&amp;fresh tracking</source>
        <translation>&amp;Actualiser le suivi</translation>
    </message>
    <message>
        <source>Fetch the parcel&apos;s tracking from La Poste (Colissimo, Chronopost, Lettre suivie)</source>
        <translation>Récupérer le suivi du colis auprès de La Poste (Colissimo, Chronopost, Lettre suivie)</translation>
    </message>
    <message>
        <source>No La Poste API key is set for this shop: enter it in Settings ▸ Carriers.</source>
        <translation>Aucune clé d&apos;API La Poste n&apos;est enregistrée pour cette boutique : saisissez-la dans Paramètres ▸ Transporteurs.</translation>
    </message>
    <message>
        <source>Tracking not refreshed: %1</source>
        <translation>Suivi non actualisé : %1</translation>
    </message>
    <message>
        <source>Tracking refreshed: nothing new.</source>
        <translation>Suivi actualisé : rien de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Tracking refreshed: %n new event(s).</source>
        <translation>
            <numerusform>Suivi actualisé : %n nouvel événement.</numerusform>
            <numerusform>Suivi actualisé : %n nouveaux événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the customer…</source>
        <translation>Écrire au client…</translation>
    </message>
    <message>
        <source>Open this order&apos;s conversation on the Messages page, to answer or write</source>
        <translation>Ouvrir la conversation de cette commande sur la page Messages, pour répondre ou écrire</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>La boutique</translation>
    </message>
    <message>
        <source>No conversation with the customer about this order yet.</source>
        <translation>Pas encore de conversation avec le client au sujet de cette commande.</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Messages (%1)</translation>
    </message>
</context>
<context>
    <name>OrderDocuments</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L’impression a été annulée.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>&amp;Paid</source>
        <translation>&amp;Payée</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>&amp;Billing address differs from delivery</source>
        <translation>Adresse de &amp;facturation différente de la livraison</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Edit order</source>
        <translation>Modifier la commande</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>Vente au comptoir</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU or a name, then Enter</source>
        <translation>Scannez un code-barres, ou tapez une référence ou un nom, puis Entrée</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be a whole number of at least 1.</source>
        <translation>Ligne %1 : la quantité doit être un nombre entier d’au moins 1.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a price.</source>
        <translation>Ligne %1 : « %2 » n’est pas un prix.</translation>
    </message>
    <message>
        <source>Line %1: the VAT rate is a percentage, e.g. 20 or 5,5.</source>
        <translation>Ligne %1 : le taux de TVA est un pourcentage, p. ex. 20 ou 5,5.</translation>
    </message>
    <message>
        <source>A paid order reserves its stock at once.</source>
        <translation>Une commande payée réserve son stock immédiatement.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address (continued)</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>Two-letter country code: FR, BE, CH, DE…</source>
        <translation>Code pays à deux lettres : FR, BE, CH, DE…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>&amp;Gift message:</source>
        <translation>Message &amp;cadeau :</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Ajouter :</translation>
    </message>
    <message>
        <source>Shipping charged:</source>
        <translation>Livraison facturée :</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Remise :</translation>
    </message>
    <message>
        <source>Complete &amp;sale</source>
        <translation>&amp;Valider la vente</translation>
    </message>
    <message>
        <source>&amp;Save order</source>
        <translation>&amp;Enregistrer la commande</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>Modifier la commande %1</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Aucun produit ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 available)</source>
        <translation>%1 – %2 (%3 disponible(s))</translation>
    </message>
    <message>
        <source>This product is no longer in the catalog.</source>
        <translation>Ce produit n’est plus au catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) · Total %1</source>
        <translation>
            <numerusform>%n article · Total %1</numerusform>
            <numerusform>%n articles · Total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>Who is the order for? Type the customer&apos;s name.</source>
        <translation>Pour qui est la commande ? Tapez le nom du client.</translation>
    </message>
</context>
<context>
    <name>OrderEvent</name>
    <message>
        <source>Order placed</source>
        <translation>Commande passée</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Mise en attente</translation>
    </message>
    <message>
        <source>Released from hold: %1</source>
        <translation>Débloquée : %1</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Order edited</source>
        <translation>Commande modifiée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
</context>
<context>
    <name>OrderExport</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Writing orders</source>
        <translation>Écriture des commandes</translation>
    </message>
</context>
<context>
    <name>OrderFormat</name>
    <message>
        <source>Detect from the header</source>
        <translation>Détecter d’après l’en-tête</translation>
    </message>
    <message>
        <source>Comptoir orders</source>
        <translation>Commandes Comptoir</translation>
    </message>
    <message>
        <source>Shopify orders</source>
        <translation>Commandes Shopify</translation>
    </message>
    <message>
        <source>WooCommerce orders</source>
        <translation>Commandes WooCommerce</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>Import cancelled: nothing was changed in the shop.</source>
        <translation>Import annulé : rien n’a été modifié dans la boutique.</translation>
    </message>
    <message>
        <source>This is a product file (%1): import it with Import products, not as orders.</source>
        <translation>C’est un fichier de produits (%1) : importez-le avec Importer des produits, pas comme des commandes.</translation>
    </message>
    <message>
        <source>Comptoir does not recognise these columns as orders. It reads Shopify&apos;s orders export, WooCommerce&apos;s (Customer/Order CSV Export, one row per item) and its own (Order, SKU, Quantity, Unit price…).</source>
        <translation>Comptoir ne reconnaît pas ces colonnes comme des commandes. Il lit l’export des commandes de Shopify, celui de WooCommerce (Customer/Order CSV Export, une ligne par article) et le sien (Order, SKU, Quantity, Unit price…).</translation>
    </message>
    <message>
        <source>The file has no order lines.</source>
        <translation>Le fichier n’a aucune ligne de commande.</translation>
    </message>
    <message>
        <source>Checking orders</source>
        <translation>Vérification des commandes</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reading orders</source>
        <translation>Lecture des commandes</translation>
    </message>
    <message>
        <source>“%1” is the number of the order on line %2 already.</source>
        <translation>« %1 » est déjà le numéro de la commande de la ligne %2.</translation>
    </message>
    <message>
        <source>order %1 is already in the shop: left as it is.</source>
        <translation>la commande %1 est déjà dans la boutique : laissée telle quelle.</translation>
    </message>
    <message>
        <source>order %1 was already shipped: skipped, with its stock left alone (or import shipped orders and deduct their stock).</source>
        <translation>la commande %1 a déjà été expédiée : ignorée, sans toucher à son stock (ou importez les commandes expédiées en déduisant leur stock).</translation>
    </message>
    <message>
        <source>a line needs the SKU of what was sold, or its name.</source>
        <translation>une ligne a besoin de la référence de ce qui a été vendu, ou de son nom.</translation>
    </message>
    <message>
        <source>no SKU for “%1”: imported as an item outside the catalog, with no stock.</source>
        <translation>pas de référence pour « %1 » : importé comme un article hors catalogue, sans stock.</translation>
    </message>
    <message>
        <source>“%1” is not a SKU of the shop. Comptoir does not invent products from orders: create or import the product first, or correct the SKU.</source>
        <translation>« %1 » n’est pas une référence de la boutique. Comptoir n’invente pas de produits à partir des commandes : créez ou importez d’abord le produit, ou corrigez la référence.</translation>
    </message>
    <message>
        <source>the lines, shipping and discount of order %1 come to %2, the file says %3 (taxes added to the prices, fees or refunds are not imported): Comptoir keeps %2.</source>
        <translation>les lignes, la livraison et la remise de la commande %1 font %2, le fichier indique %3 (les taxes ajoutées aux prix, les frais et les remboursements ne sont pas importés) : Comptoir garde %2.</translation>
    </message>
    <message>
        <source>order %1 was shipped with %2 × %3, and the shop has only %4 left to deduct: count the shelf first, or skip shipped orders.</source>
        <translation>la commande %1 a été expédiée avec %2 × %3, et la boutique n’en a plus que %4 à déduire : comptez d’abord le rayon, ou ignorez les commandes expédiées.</translation>
    </message>
    <message>
        <source>%1 × %2 of order %3 are not in stock: the order will wait under Problems.</source>
        <translation>%1 × %2 de la commande %3 ne sont pas en stock : la commande attendra dans Problèmes.</translation>
    </message>
    <message>
        <source>Writing orders</source>
        <translation>Écriture des commandes</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>commande %1 : %2</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Co&amp;py the list</source>
        <translation>Co&amp;pier la liste</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Importer des commandes</translation>
    </message>
    <message>
        <source>A CSV file: a Shopify or WooCommerce order export, or Comptoir&apos;s</source>
        <translation>Un fichier CSV : un export de commandes de Shopify ou de WooCommerce, ou celui de Comptoir</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Orders already shipped</source>
        <translation>Commandes déjà expédiées</translation>
    </message>
    <message>
        <source>Problems, warnings and skipped orders</source>
        <translation>Problèmes, avertissements et commandes ignorées</translation>
    </message>
    <message>
        <source>Skip them: their stock already left the shelf</source>
        <translation>Les ignorer : leur stock a déjà quitté le rayon</translation>
    </message>
    <message>
        <source>Import them and deduct their stock now</source>
        <translation>Les importer et déduire leur stock maintenant</translation>
    </message>
    <message>
        <source>Orders the file says were shipped or delivered. Comptoir cannot record them as shipped without taking their items out of stock: skip them when the stock was counted after they left, import them when it was counted before.</source>
        <translation>Les commandes que le fichier dit expédiées ou livrées. Comptoir ne peut pas les enregistrer comme expédiées sans retirer leurs articles du stock : ignorez-les si le stock a été compté après leur départ, importez-les s’il a été compté avant.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Orders already &amp;shipped:</source>
        <translation>Commandes déjà &amp;expédiées :</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>Detected: %1 — %2, delimiter %3, %n column(s).</source>
        <translation>
            <numerusform>Détecté : %1 — %2, séparateur %3, %n colonne.</numerusform>
            <numerusform>Détecté : %1 — %2, séparateur %3, %n colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a product file (%1): import it with File ▸ Import products.</source>
        <translation>C’est un fichier de produits (%1) : importez-le avec Fichier ▸ Importer des produits.</translation>
    </message>
    <message>
        <source>Comptoir does not recognise these columns as orders: choose the format, or check that this is an order export.</source>
        <translation>Comptoir ne reconnaît pas ces colonnes comme des commandes : choisissez le format, ou vérifiez qu’il s’agit bien d’un export de commandes.</translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>Import des commandes</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed in the shop.</source>
        <translation>Annulé : rien n’a été modifié dans la boutique.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was imported. Correct the file, then check it again.</source>
        <translation>
            <numerusform>%n problème trouvé : rien n’a été importé. Corrigez le fichier, puis vérifiez-le à nouveau.</numerusform>
            <numerusform>%n problèmes trouvés : rien n’a été importé. Corrigez le fichier, puis vérifiez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importé. %1</translation>
    </message>
    <message>
        <source>No problem found. The import will do this: %1</source>
        <translation>Aucun problème trouvé. L’import fera ceci : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to read below.</source>
        <translation>
            <numerusform>%n avertissement à lire ci-dessous.</numerusform>
            <numerusform>%n avertissements à lire ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImportReport</name>
    <message numerus="yes">
        <source>%n order(s) created: %1 new, %2 paid, %3 shipped, %4 cancelled; %5 lines.</source>
        <translation>
            <numerusform>%n commande créée (nouvelles : %1, payées : %2, expédiées : %3, annulées : %4 ; lignes : %5).</numerusform>
            <numerusform>%n commandes créées (nouvelles : %1, payées : %2, expédiées : %3, annulées : %4 ; lignes : %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) already in the shop, left as they are.</source>
        <translation>
            <numerusform>%n commande déjà dans la boutique, laissée telle quelle.</numerusform>
            <numerusform>%n commandes déjà dans la boutique, laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) already shipped, skipped: their stock is left alone.</source>
        <translation>
            <numerusform>%n commande déjà expédiée, ignorée : son stock n’est pas touché.</numerusform>
            <numerusform>%n commandes déjà expédiées, ignorées : leur stock n’est pas touché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of paid orders are not in stock: those orders wait under Problems.</source>
        <translation>
            <numerusform>%n article de commandes payées n’est pas en stock : ces commandes attendent dans Problèmes.</numerusform>
            <numerusform>%n articles de commandes payées ne sont pas en stock : ces commandes attendent dans Problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderRowReader</name>
    <message>
        <source>every line needs its order number.</source>
        <translation>chaque ligne a besoin de son numéro de commande.</translation>
    </message>
    <message>
        <source>every line needs its price.</source>
        <translation>chaque ligne a besoin de son prix.</translation>
    </message>
    <message>
        <source>“%1” is not a channel: website, counter, marketplace or phone.</source>
        <translation>« %1 » n’est pas un canal : website, counter, marketplace ou phone.</translation>
    </message>
    <message>
        <source>“%1” is not a status an order can be imported with: new, paid, preparing, packed, shipped, delivered or cancelled.</source>
        <translation>« %1 » n’est pas un statut avec lequel une commande peut être importée : new, paid, preparing, packed, shipped, delivered ou cancelled.</translation>
    </message>
    <message>
        <source>the first line of order %1 has no payment status: Shopify writes the order&apos;s own fields on its first line (was the file sorted?).</source>
        <translation>la première ligne de la commande %1 n’a pas de statut de paiement : Shopify écrit les champs de la commande sur sa première ligne (le fichier a-t-il été trié ?).</translation>
    </message>
    <message>
        <source>“%1” is not a payment status of Shopify: paid, pending, authorized, partially_paid, refunded, partially_refunded or voided.</source>
        <translation>« %1 » n’est pas un statut de paiement de Shopify : paid, pending, authorized, partially_paid, refunded, partially_refunded ou voided.</translation>
    </message>
    <message>
        <source>“%1” is not a fulfillment status of Shopify: fulfilled, unfulfilled or partial.</source>
        <translation>« %1 » n’est pas un statut d’expédition de Shopify : fulfilled, unfulfilled ou partial.</translation>
    </message>
    <message>
        <source>part of this order was already sent from Shopify: Comptoir imports it whole, as %1; ship only what is left.</source>
        <translation>une partie de cette commande a déjà été envoyée depuis Shopify : Comptoir l’importe entière, comme %1 ; n’expédiez que ce qui reste.</translation>
    </message>
    <message>
        <source>%1 for %2 items is no whole price per item: each is counted at %3, the difference goes to the discount.</source>
        <translation>%1 pour %2 articles ne donne pas un prix rond par article : chacun est compté à %3, la différence va dans la remise.</translation>
    </message>
    <message>
        <source>the fees of this order (%1) are not imported: Comptoir orders have no fees.</source>
        <translation>les frais de cette commande (%1) ne sont pas importés : les commandes de Comptoir n’ont pas de frais.</translation>
    </message>
    <message>
        <source>“%1” is not an order status of WooCommerce: pending, on-hold, processing, completed, cancelled, refunded or failed.</source>
        <translation>« %1 » n’est pas un statut de commande de WooCommerce : pending, on-hold, processing, completed, cancelled, refunded ou failed.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournée</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Shop counter</source>
        <translation>Vente en boutique</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Téléphone ou e-mail</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n missing</source>
        <translation>
            <numerusform>%1 · %n manquant</numerusform>
            <numerusform>%1 · %n manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough stock to ship this order: %n item(s) missing.</source>
        <translation>
            <numerusform>Stock insuffisant pour expédier cette commande : %n article manquant.</numerusform>
            <numerusform>Stock insuffisant pour expédier cette commande : %n articles manquants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>Paid orders waiting to be prepared (Alt+1)</source>
        <translation>Commandes payées en attente de préparation (Alt+1)</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Show orders: %1</source>
        <translation>Afficher les commandes : %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Order dates</source>
        <translation>Dates des commandes</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Il n’y a pas de commande %1.</translation>
    </message>
    <message>
        <source>Order %1 saved.</source>
        <translation>Commande %1 enregistrée.</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2, stock updated.</source>
        <translation>Vente %1 enregistrée : %2, stock mis à jour.</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Prêtes à expédier</translation>
    </message>
    <message>
        <source>Packed orders waiting for the carrier (Alt+2)</source>
        <translation>Commandes emballées qui attendent le transporteur (Alt+2)</translation>
    </message>
    <message>
        <source>Orders put on hold (Alt+3)</source>
        <translation>Commandes mises en attente (Alt+3)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Open orders that lack stock (Alt+4)</source>
        <translation>Commandes en cours qui manquent de stock (Alt+4)</translation>
    </message>
    <message>
        <source>Shipped and delivered orders (Alt+5)</source>
        <translation>Commandes expédiées et livrées (Alt+5)</translation>
    </message>
    <message>
        <source>Every order (Alt+6)</source>
        <translation>Toutes les commandes (Alt+6)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>A phone or e-mail order (Ctrl+N)</source>
        <translation>Une commande par téléphone ou e-mail (Ctrl+N)</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>Vente au comptoir</translation>
    </message>
    <message>
        <source>A sale at the shop counter: the stock leaves at once (Ctrl+Shift+N)</source>
        <translation>Une vente au comptoir de la boutique : le stock sort immédiatement (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Canal de vente</translation>
    </message>
    <message>
        <source>Order number, customer, e-mail or tracking number (Ctrl+F)</source>
        <translation>Numéro de commande, client, e-mail ou numéro de suivi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Parcels coming back: receive them, refund, close (Ctrl+Shift+R)</source>
        <translation>Colis qui reviennent : les réceptionner, rembourser, clore (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>No order listed: choose the orders to print first.</source>
        <translation>Aucune commande affichée : choisissez d’abord les commandes à imprimer.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) saved to %1.</source>
        <translation>
            <numerusform>%n commande enregistrée dans %1.</numerusform>
            <numerusform>%n commandes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n order(s)</source>
        <translation>
            <numerusform>Imprimer %n commande</numerusform>
            <numerusform>Imprimer %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Pick list and packing slips of the selected orders, or of every order listed when none is selected</source>
        <translation>Liste de préparation et bons de livraison des commandes sélectionnées, ou de toutes les commandes affichées si aucune n’est sélectionnée</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Pick list and packing slips (PDF)…</source>
        <translation>Liste de préparation et bons de livraison (PDF)…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>Packing slips (PDF)…</source>
        <translation>Bons de livraison (PDF)…</translation>
    </message>
    <message>
        <source>packing-slips</source>
        <translation>bons-de-livraison</translation>
    </message>
    <message>
        <source>Pick list (PDF)…</source>
        <translation>Liste de préparation (PDF)…</translation>
    </message>
    <message>
        <source>pick-list</source>
        <translation>liste-de-preparation</translation>
    </message>
    <message>
        <source>Print pick list and packing slips…</source>
        <translation>Imprimer la liste de préparation et les bons de livraison…</translation>
    </message>
    <message>
        <source>Print packing slips…</source>
        <translation>Imprimer les bons de livraison…</translation>
    </message>
    <message>
        <source>Print pick list…</source>
        <translation>Imprimer la liste de préparation…</translation>
    </message>
    <message>
        <source>Orders imported. %1</source>
        <translation>Commandes importées. %1</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>Importer des commandes…</translation>
    </message>
    <message>
        <source>Orders from a CSV file: a Shopify or WooCommerce order export, or Comptoir&apos;s (Ctrl+Shift+O)</source>
        <translation>Des commandes depuis un fichier CSV : un export de commandes de Shopify ou de WooCommerce, ou celui de Comptoir (Ctrl+Maj+O)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>This message does not exist.</source>
        <translation>Ce message n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This message was already sent or queued.</source>
        <translation>Ce message a déjà été envoyé ou mis en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Le message n&apos;a pas de destinataire.</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The shop has no email address to send from: enter it in Settings ▸ Shop.</source>
        <translation>La boutique n&apos;a pas d&apos;adresse e-mail d&apos;envoi : saisissez-la dans Paramètres ▸ Boutique.</translation>
    </message>
    <message>
        <source>This message is being sent or was sent already: it can no longer be edited.</source>
        <translation>Ce message est en cours d&apos;envoi ou déjà envoyé : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This message is not waiting to be sent.</source>
        <translation>Ce message n&apos;est pas en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>This message is not waiting to be sent any more.</source>
        <translation>Ce message n&apos;est plus en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>Comptoir stopped while sending this message and could not check whether it left (%1): look in your Sent folder, then send it again or delete it.</source>
        <translation>Comptoir s&apos;est arrêté pendant l&apos;envoi de ce message et n&apos;a pas pu vérifier s&apos;il est parti (%1) : regardez dans votre dossier Envoyés, puis renvoyez-le ou supprimez-le.</translation>
    </message>
</context>
<context>
    <name>Packing</name>
    <message>
        <source>This order does not exist.</source>
        <translation>Cette commande n’existe pas.</translation>
    </message>
    <message>
        <source>Order %1 is not paid yet: do not pack it.</source>
        <translation>La commande %1 n’est pas encore payée : ne l’emballez pas.</translation>
    </message>
    <message>
        <source>Order %1 is on hold: do not pack it.</source>
        <translation>La commande %1 est en attente : ne l’emballez pas.</translation>
    </message>
    <message>
        <source>Order %1 is %2: there is nothing to pack.</source>
        <translation>La commande %1 est « %2 » : il n’y a rien à emballer.</translation>
    </message>
    <message>
        <source>This line is not in the order.</source>
        <translation>Cette ligne n’est pas dans la commande.</translation>
    </message>
    <message>
        <source>One too many: the order has %1 × %2, all packed already.</source>
        <translation>Un de trop : la commande a %1 × %2, tous déjà emballés.</translation>
    </message>
    <message>
        <source>No %1 packed yet.</source>
        <translation>Aucun %1 emballé pour l’instant.</translation>
    </message>
    <message>
        <source>Scan an item.</source>
        <translation>Scannez un article.</translation>
    </message>
    <message>
        <source>Wrong item: %1 is not in order %2.</source>
        <translation>Mauvais article : %1 n’est pas dans la commande %2.</translation>
    </message>
    <message>
        <source>That is the slip of order %1: finish order %2 first.</source>
        <translation>C’est le bon de la commande %1 : terminez d’abord la commande %2.</translation>
    </message>
    <message>
        <source>Unknown code “%1”: no product has this barcode or SKU.</source>
        <translation>Code inconnu « %1 » : aucun produit n’a ce code-barres ni cette référence.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 is not complete: %n item(s) still to pack. Give a reason to pack it anyway.</source>
        <translation>
            <numerusform>La commande %1 n’est pas complète : encore %n article à emballer. Donnez une raison pour l’emballer quand même.</numerusform>
            <numerusform>La commande %1 n’est pas complète : encore %n articles à emballer. Donnez une raison pour l’emballer quand même.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packed with %n item(s) missing: %1</source>
        <translation>
            <numerusform>Emballée avec %n article manquant : %1</numerusform>
            <numerusform>Emballée avec %n articles manquants : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) scanned</source>
        <translation>
            <numerusform>%n article scanné</numerusform>
            <numerusform>%n articles scannés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackingPage</name>
    <message>
        <source>Scan result</source>
        <translation>Résultat du scan</translation>
    </message>
    <message>
        <source>Counting again from zero.</source>
        <translation>On recompte depuis zéro.</translation>
    </message>
    <message>
        <source>Scan a packing slip to start.</source>
        <translation>Scannez un bon de livraison pour commencer.</translation>
    </message>
    <message>
        <source>Order %1 is on hold: do not pack it. %2</source>
        <translation>La commande %1 est en attente : ne l’emballez pas. %2</translation>
    </message>
    <message>
        <source>Order %1 is %2: there is nothing to pack.</source>
        <translation>La commande %1 est « %2 » : il n’y a rien à emballer.</translation>
    </message>
    <message>
        <source>Order %1 is already packed.</source>
        <translation>La commande %1 est déjà emballée.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 lacks stock: %n item(s) not reserved. Check the shelf before packing.</source>
        <translation>
            <numerusform>La commande %1 manque de stock : %n article non réservé. Vérifiez le rayon avant d’emballer.</numerusform>
            <numerusform>La commande %1 manque de stock : %n articles non réservés. Vérifiez le rayon avant d’emballer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n item(s) left to scan.</source>
        <translation>
            <numerusform>Commande %1 : encore %n article à scanner.</numerusform>
            <numerusform>Commande %1 : encore %n articles à scanner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order open.</source>
        <translation>Aucune commande ouverte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2%3 · %4 of %5 packed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2%3 · %4 sur %5 emballé(s)</translation>
    </message>
    <message>
        <source>Gift message: %1</source>
        <translation>Message cadeau : %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Scan a packing slip first: “%1” is not an order number.</source>
        <translation>Scannez d’abord un bon de livraison : « %1 » n’est pas un numéro de commande.</translation>
    </message>
    <message numerus="yes">
        <source>That is the slip of order %1: order %2 still has %n item(s) to pack. Press Esc to leave it.</source>
        <translation>
            <numerusform>C’est le bon de la commande %1 : la commande %2 a encore %n article à emballer. Appuyez sur Échap pour la laisser.</numerusform>
            <numerusform>C’est le bon de la commande %1 : la commande %2 a encore %n articles à emballer. Appuyez sur Échap pour la laisser.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1 – order %2 complete. Press Enter to mark it packed.</source>
        <translation>✓ %1 – commande %2 complète. Appuyez sur Entrée pour la marquer emballée.</translation>
    </message>
    <message>
        <source>✓ %1  %2 / %3</source>
        <translation>✓ %1  %2 / %3</translation>
    </message>
    <message>
        <source>Order %1 packed. Scan the next slip.</source>
        <translation>Commande %1 emballée. Scannez le bon suivant.</translation>
    </message>
    <message>
        <source>Last scan undone: %1 %2 / %3</source>
        <translation>Dernier scan annulé : %1 %2 / %3</translation>
    </message>
    <message>
        <source>Left order %1; its counts are kept. Scan a packing slip.</source>
        <translation>Commande %1 laissée ; ses comptes sont conservés. Scannez un bon de livraison.</translation>
    </message>
    <message>
        <source>Pack order %1 incomplete</source>
        <translation>Emballer la commande %1 incomplète</translation>
    </message>
    <message>
        <source>Why is it packed with items missing? (kept in the order&apos;s history)</source>
        <translation>Pourquoi l’emballer avec des articles manquants ? (conservé dans l’historique de la commande)</translation>
    </message>
    <message>
        <source>Scan a packing slip, then each item</source>
        <translation>Scannez un bon de livraison, puis chaque article</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballé</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Articles de la commande</translation>
    </message>
    <message>
        <source>Mark packed (Enter)</source>
        <translation>Marquer emballée (Entrée)</translation>
    </message>
    <message>
        <source>Pack anyway…</source>
        <translation>Emballer quand même…</translation>
    </message>
    <message>
        <source>Undo last scan (Ctrl+Z)</source>
        <translation>Annuler le dernier scan (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Recompter</translation>
    </message>
    <message>
        <source>Leave order (Esc)</source>
        <translation>Laisser la commande (Échap)</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <source>Packing slip</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <source>Order date: %1</source>
        <translation>Date de commande : %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Bill to: %1</source>
        <translation>Facturer à : %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>SKU / Bin</source>
        <translation>Référence / Emplacement</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Order %1 (continued)</source>
        <translation>Commande %1 (suite)</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Articles : %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <source>Shipping (%1)</source>
        <translation>Frais de port (%1)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Including VAT: %1</source>
        <translation>Dont TVA : %1</translation>
    </message>
    <message>
        <source>Gift message</source>
        <translation>Message cadeau</translation>
    </message>
    <message>
        <source>Note from the customer</source>
        <translation>Note du client</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Order %1 · page %2 of %3</source>
        <translation>Commande %1 · page %2 sur %3</translation>
    </message>
</context>
<context>
    <name>PackingSlipDocument</name>
    <message>
        <source>There is no order to print a packing slip for.</source>
        <translation>Il n’y a aucune commande dont imprimer le bon de livraison.</translation>
    </message>
    <message>
        <source>Printing could not start.</source>
        <translation>L’impression n’a pas pu commencer.</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Bons de livraison</translation>
    </message>
    <message>
        <source>Printing the packing slips was cancelled.</source>
        <translation>L’impression des bons de livraison a été annulée.</translation>
    </message>
    <message>
        <source>Pick list and packing slips</source>
        <translation>Liste de préparation et bons de livraison</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>Bon de livraison %1</translation>
    </message>
</context>
<context>
    <name>PageFormat</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>4×6 in label</source>
        <translation>Étiquette 4×6 pouces</translation>
    </message>
</context>
<context>
    <name>ParcelActions</name>
    <message>
        <source>This parcel has no tracking number.</source>
        <translation>Ce colis n&apos;a pas de numéro de suivi.</translation>
    </message>
    <message>
        <source>No tracking page is known for this parcel&apos;s carrier (%1).</source>
        <translation>Aucune page de suivi n&apos;est connue pour le transporteur de ce colis (%1).</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>Add tracking event</source>
        <translation>Ajouter un événement de suivi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
</context>
<context>
    <name>ParcelDialog</name>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Scan or type the tracking number</source>
        <translation>Scannez ou tapez le numéro de suivi</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Not weighed</source>
        <translation>Non pesé</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>What the label cost</source>
        <translation>Coût de l&apos;étiquette</translation>
    </message>
    <message>
        <source>What the carrier charges the shop for this parcel</source>
        <translation>Ce que le transporteur facture à la boutique pour ce colis</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transporteur :</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Numéro de suivi :</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <source>Label c&amp;ost:</source>
        <translation>C&amp;oût de l&apos;étiquette :</translation>
    </message>
    <message>
        <source>S&amp;hipped:</source>
        <translation>E&amp;xpédié le :</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>Expédier la commande %1</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Expédier</translation>
    </message>
    <message>
        <source>The items leave the stock now.</source>
        <translation>Les articles sortent du stock maintenant.</translation>
    </message>
    <message>
        <source>Another parcel for order %1</source>
        <translation>Un autre colis pour la commande %1</translation>
    </message>
    <message>
        <source>&amp;Add parcel</source>
        <translation>&amp;Ajouter le colis</translation>
    </message>
    <message>
        <source>A parcel sent in addition to the first (split shipment, replacement). The stock does not change.</source>
        <translation>Un colis envoyé en plus du premier (envoi en plusieurs fois, remplacement). Le stock ne change pas.</translation>
    </message>
    <message>
        <source>Correct the parcel of order %1</source>
        <translation>Corriger le colis de la commande %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>A new carrier or service means a new expected delivery day.</source>
        <translation>Un autre transporteur ou service donne un autre jour de livraison prévu.</translation>
    </message>
    <message>
        <source>Usual service</source>
        <translation>Service habituel</translation>
    </message>
    <message>
        <source>Without a number, the parcel cannot be followed.</source>
        <translation>Sans numéro, le colis ne peut pas être suivi.</translation>
    </message>
    <message>
        <source>✓ A %1 number.</source>
        <translation>✓ Un numéro %1.</translation>
    </message>
    <message>
        <source>This looks like a %1 number, not a %2 one.</source>
        <translation>Ceci ressemble à un numéro %1, pas %2.</translation>
    </message>
    <message>
        <source>Label cost: %1</source>
        <translation>Coût de l&apos;étiquette : %1</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Cannot write the PDF file.</source>
        <translation>Impossible d’écrire le fichier PDF.</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>The pick list could not be read.</source>
        <translation>La liste de préparation n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>PickListDocument</name>
    <message>
        <source>Pick list</source>
        <translation>Liste de préparation</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimée le %1</translation>
    </message>
    <message>
        <source>Orders: %1 · Items to pick: %2</source>
        <translation>Commandes : %1 · Articles à prendre : %2</translation>
    </message>
    <message>
        <source>Pick list (continued)</source>
        <translation>Liste de préparation (suite)</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>On hand: %1</source>
        <translation>En stock : %1</translation>
    </message>
    <message>
        <source>Items outside the catalog</source>
        <translation>Articles hors catalogue</translation>
    </message>
    <message>
        <source>Nothing to pick.</source>
        <translation>Rien à prendre.</translation>
    </message>
    <message>
        <source>Pick list · page %1 of %2</source>
        <translation>Liste de préparation · page %1 sur %2</translation>
    </message>
    <message>
        <source>Printing could not start.</source>
        <translation>L’impression n’a pas pu commencer.</translation>
    </message>
</context>
<context>
    <name>ProductCatalog</name>
    <message>
        <source>Variant %1 – %2</source>
        <translation>Variante %1 – %2</translation>
    </message>
    <message>
        <source>This product does not exist.</source>
        <translation>Ce produit n’existe pas.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>Le produit doit avoir un nom.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A VAT rate is between 0 % and 100 %.</source>
        <translation>Un taux de TVA est compris entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>A product needs at least one variant with a SKU.</source>
        <translation>Un produit doit avoir au moins une variante avec une référence.</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Every variant needs a SKU.</source>
        <translation>Chaque variante doit avoir une référence.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>A SKU has no spaces and at most 64 characters: “%1”.</source>
        <translation>Une référence n’a pas d’espace et au plus 64 caractères : « %1 ».</translation>
    </message>
    <message>
        <source>The SKU “%1” is used twice in this product.</source>
        <translation>La référence « %1 » est utilisée deux fois dans ce produit.</translation>
    </message>
    <message>
        <source>Two variants have the same options; give each its own size, colour…</source>
        <translation>Deux variantes ont les mêmes options ; donnez à chacune sa taille, sa couleur…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>The barcode “%1” is used twice in this product.</source>
        <translation>Le code-barres « %1 » est utilisé deux fois dans ce produit.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Un coût ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>The compare-at price shows the price before a discount: it must be above the price.</source>
        <translation>Le prix barré montre le prix avant remise : il doit être supérieur au prix.</translation>
    </message>
    <message>
        <source>Compare-at price</source>
        <translation>Prix barré</translation>
    </message>
    <message>
        <source>A weight cannot be negative.</source>
        <translation>Un poids ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>A lead time is between 0 and 365 days.</source>
        <translation>Un délai d’approvisionnement est compris entre 0 et 365 jours.</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai d’approvisionnement</translation>
    </message>
    <message>
        <source>This supplier does not exist.</source>
        <translation>Ce fournisseur n’existe pas.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>The SKU “%1” already belongs to “%2”.</source>
        <translation>La référence « %1 » appartient déjà à « %2 ».</translation>
    </message>
    <message>
        <source>The barcode “%1” already belongs to %2.</source>
        <translation>Le code-barres « %1 » appartient déjà à %2.</translation>
    </message>
    <message>
        <source>The variant %1 has sold or moved stock, so it cannot be deleted: archive the product instead.</source>
        <translation>La variante %1 a été vendue ou a eu des mouvements de stock : elle ne peut pas être supprimée, archivez plutôt le produit.</translation>
    </message>
    <message>
        <source>The product could not be saved.</source>
        <translation>Le produit n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The variant %1 does not belong to this product.</source>
        <translation>La variante %1 n’appartient pas à ce produit.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Archived: hidden from sale, kept with its history</source>
        <translation>Archivé : retiré de la vente, conservé avec son historique</translation>
    </message>
    <message>
        <source>Edit product – %1</source>
        <translation>Modifier le produit – %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation>Sans fournisseur</translation>
    </message>
    <message>
        <source>Size / option 1</source>
        <translation>Taille / option 1</translation>
    </message>
    <message>
        <source>Colour / option 2</source>
        <translation>Couleur / option 2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Barcode (EAN)</source>
        <translation>Code-barres (EAN)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Compare-at</source>
        <translation>Prix barré</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Poids (g)</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Supplier ref.</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>Taux de T&amp;VA :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>&amp;Add a variant</source>
        <translation>&amp;Ajouter une variante</translation>
    </message>
    <message>
        <source>&amp;Remove the variant</source>
        <translation>&amp;Retirer la variante</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>“%1” is not a weight in grams.</source>
        <translation>« %1 » n’est pas un poids en grammes.</translation>
    </message>
    <message>
        <source>Edit a variant</source>
        <translation>Modifier une variante</translation>
    </message>
    <message>
        <source>Remove a variant</source>
        <translation>Retirer une variante</translation>
    </message>
    <message>
        <source>Add a variant</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <source>A picture file on this computer (JPEG, PNG, WebP)</source>
        <translation>Un fichier image sur cet ordinateur (JPEG, PNG, WebP)</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d’image</translation>
    </message>
    <message>
        <source>Not a picture Comptoir can read</source>
        <translation>Image illisible pour Comptoir</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>Choose the product&apos;s picture</source>
        <translation>Choisir l’image du produit</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” is not a number of days; leave it empty to use the supplier&apos;s lead time.</source>
        <translation>« %1 » n’est pas un nombre de jours ; laissez vide pour utiliser le délai du fournisseur.</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>Aucun avis pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ★ from %n review(s)</source>
        <translation>
            <numerusform>%1 ★ sur %n avis</numerusform>
            <numerusform>%1 ★ sur %n avis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unhappy</source>
        <translation>
            <numerusform>%n mécontent</numerusform>
            <numerusform>%n mécontents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n en attente de réponse</numerusform>
            <numerusform>%n en attente de réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Avis :</translation>
    </message>
</context>
<context>
    <name>ProductRowReader</name>
    <message>
        <source>this column is required and the file does not have it.</source>
        <translation>cette colonne est obligatoire et le fichier ne l’a pas.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>On hand %1, reserved %2, available %3</source>
        <translation>En stock %1, réservé %2, disponible %3</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variante</numerusform>
            <numerusform>%n variantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Filter by SKU, name, barcode or supplier reference (Ctrl+F)</source>
        <translation>Filtrer par référence, nom, code-barres ou référence fournisseur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Filtre des produits</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Over %L1 variants: type more to sort them</source>
        <translation>Plus de %L1 variantes : précisez la recherche pour les trier</translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation>Produit enregistré.</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Nouveau produit</translation>
    </message>
    <message>
        <source>Create a product with its variants (Insert)</source>
        <translation>Créer un produit avec ses variantes (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit the selected product and its variants (F2, Enter or double-click)</source>
        <translation>Modifier le produit sélectionné et ses variantes (F2, Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Start a new product from a copy of the selected one (Ctrl+D)</source>
        <translation>Créer un produit à partir d’une copie du produit sélectionné (Ctrl+D)</translation>
    </message>
    <message>
        <source>Products imported. %1</source>
        <translation>Produits importés. %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import products, variants and stock from a CSV file: Comptoir&apos;s, Shopify&apos;s, WooCommerce&apos;s or another tool&apos;s (Ctrl+Shift+I)</source>
        <translation>Importer des produits, variantes et stocks depuis un fichier CSV : de Comptoir, Shopify, WooCommerce ou d’un autre outil (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the products as a CSV file for Excel, Shopify or WooCommerce, or to import elsewhere (Ctrl+Shift+E)</source>
        <translation>Exporter les produits en CSV pour Excel, Shopify ou WooCommerce, ou pour les importer ailleurs (Ctrl+Maj+E)</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderDocument</name>
    <message>
        <source>VAT number: %1</source>
        <translation>N° de TVA : %1</translation>
    </message>
    <message>
        <source>Purchase order %1</source>
        <translation>Bon de commande %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Delivery wanted by: %1</source>
        <translation>Livraison souhaitée avant le : %1</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
    <message>
        <source>Our SKU</source>
        <translation>Notre référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total, excluding taxes</source>
        <translation>Total hors taxes</translation>
    </message>
    <message>
        <source>Please quote %1 on your delivery note and invoice.</source>
        <translation>Merci de rappeler %1 sur votre bon de livraison et votre facture.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file.</source>
        <translation>Impossible d’écrire le fichier PDF.</translation>
    </message>
</context>
<context>
    <name>PurchaseOrders</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>Reçu en partie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>This purchase order does not exist.</source>
        <translation>Ce bon de commande n’existe pas.</translation>
    </message>
    <message>
        <source>Order at least one of each product.</source>
        <translation>Commandez au moins un exemplaire de chaque produit.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Un coût ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>The costs of this order are in %1.</source>
        <translation>Les coûts de cette commande sont en %1.</translation>
    </message>
    <message>
        <source>Could not read the product.</source>
        <translation>Impossible de lire le produit.</translation>
    </message>
    <message>
        <source>This product variant does not exist.</source>
        <translation>Cette variante de produit n’existe pas.</translation>
    </message>
    <message>
        <source>Could not save the purchase order.</source>
        <translation>Impossible d’enregistrer le bon de commande.</translation>
    </message>
    <message>
        <source>Choose a supplier for the purchase order.</source>
        <translation>Choisissez un fournisseur pour le bon de commande.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>This stock location does not exist.</source>
        <translation>Cet emplacement de stock n’existe pas.</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>%1 is %2: it can no longer be changed.</source>
        <translation>%1 est %2 : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Goods of %1 already arrived: it can no longer be changed.</source>
        <translation>Des articles de %1 sont déjà arrivés : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>A purchase order needs at least one line.</source>
        <translation>Un bon de commande doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <source>%1 is %2, not a draft.</source>
        <translation>%1 est %2, ce n’est pas un brouillon.</translation>
    </message>
    <message>
        <source>%1 has no lines: add what to order first.</source>
        <translation>%1 n’a aucune ligne : ajoutez d’abord ce qu’il faut commander.</translation>
    </message>
    <message>
        <source>Part of %1 already arrived: close it instead of cancelling it.</source>
        <translation>Une partie de %1 est déjà arrivée : clôturez-le au lieu de l’annuler.</translation>
    </message>
    <message>
        <source>%1 is %2: it can no longer be cancelled.</source>
        <translation>%1 est %2 : il ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Only a partly received order can be closed; %1 is %2.</source>
        <translation>Seul un bon reçu en partie peut être clôturé ; %1 est %2.</translation>
    </message>
    <message>
        <source>%1 is %2: nothing more can be received.</source>
        <translation>%1 est %2 : plus rien ne peut être réceptionné.</translation>
    </message>
    <message>
        <source>Enter or scan what arrived first.</source>
        <translation>Saisissez ou scannez d’abord ce qui est arrivé.</translation>
    </message>
    <message>
        <source>This product is not on %1.</source>
        <translation>Ce produit ne figure pas sur %1.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Enter how many of %1 arrived.</source>
        <translation>Indiquez combien de %1 sont arrivés.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are still expected on %3: cannot receive %4.</source>
        <translation>Seuls %1 %2 sont encore attendus sur %3 : impossible d’en réceptionner %4.</translation>
    </message>
    <message>
        <source>Could not update the cost.</source>
        <translation>Impossible de mettre à jour le coût.</translation>
    </message>
    <message>
        <source>“%1” is not on %2.</source>
        <translation>« %1 » ne figure pas sur %2.</translation>
    </message>
</context>
<context>
    <name>PurchaseOrdersView</name>
    <message>
        <source>%1 is marked as sent to %2.</source>
        <translation>%1 est marqué comme envoyé à %2.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Clôturer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still expected will not be waited for any more.</source>
        <translation>
            <numerusform>%n article encore attendu ne sera plus attendu.</numerusform>
            <numerusform>%n articles encore attendus ne seront plus attendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 est clôturé.</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Cancel the purchase order to %1?</source>
        <translation>Annuler le bon de commande à %1 ?</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 est annulé.</translation>
    </message>
    <message>
        <source>Select a purchase order, or create some from the To reorder tab.</source>
        <translation>Sélectionnez un bon de commande, ou créez-en depuis l’onglet À recommander.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; · %3 · deliver to %4 · expected %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pour &lt;b&gt;%2&lt;/b&gt; · %3 · livrer à %4 · attendu le %5 · %6</translation>
    </message>
    <message>
        <source>Received into stock at %1.</source>
        <translation>Réceptionné en stock à %1.</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Bons en cours</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Tous les bons</translation>
    </message>
    <message>
        <source>Which purchase orders</source>
        <translation>Quels bons de commande</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu le</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Supplier SKU</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Still expected</source>
        <translation>Encore attendu</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Réceptionner…</translation>
    </message>
    <message>
        <source>Scan or enter what arrived (Ctrl+R)</source>
        <translation>Scanner ou saisir ce qui est arrivé (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lôturer</translation>
    </message>
    <message>
        <source>Stop waiting for what has not arrived</source>
        <translation>Ne plus attendre ce qui n’est pas arrivé</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>A&amp;nnuler le bon</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <source>Lines of the purchase order</source>
        <translation>Lignes du bon de commande</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Enregistrer %1 en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 saved as %2.</source>
        <translation>%1 enregistré sous %2.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>PurchasingPage</name>
    <message>
        <source>To &amp;reorder</source>
        <translation>À &amp;recommander</translation>
    </message>
    <message>
        <source>&amp;Purchase orders</source>
        <translation>&amp;Bons de commande</translation>
    </message>
    <message>
        <source>&amp;Overstock</source>
        <translation>&amp;Surstock</translation>
    </message>
    <message>
        <source>&amp;Dead stock</source>
        <translation>Stock &amp;dormant</translation>
    </message>
    <message>
        <source>S&amp;uppliers</source>
        <translation>&amp;Fournisseurs</translation>
    </message>
    <message>
        <source>S&amp;tock takes</source>
        <translation>&amp;Inventaires</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive %1 from %2</source>
        <translation>Réceptionner %1 de %2</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Scannez un code-barres ou tapez une référence, puis Entrée</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>e.g. the delivery note number</source>
        <translation>par ex. le numéro du bon de livraison</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Still expected</source>
        <translation>Encore attendu</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Lines to receive</source>
        <translation>Lignes à réceptionner</translation>
    </message>
    <message>
        <source>&amp;Everything arrived</source>
        <translation>&amp;Tout est arrivé</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scan :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Receive into stock</source>
        <translation>&amp;Réceptionner en stock</translation>
    </message>
    <message>
        <source>Deliver to %1. Each scan adds one.</source>
        <translation>Livraison à %1. Chaque scan ajoute un article.</translation>
    </message>
    <message>
        <source>More %1 than expected: %2 of %3.</source>
        <translation>Plus de %1 que prévu : %2 sur %3.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>%1 was already received in full.</source>
        <translation>%1 a déjà été entièrement réceptionné.</translation>
    </message>
</context>
<context>
    <name>ReorderPlanner</name>
    <message>
        <source>Sales window</source>
        <translation>Période de ventes</translation>
    </message>
    <message>
        <source>Order for</source>
        <translation>Commander pour</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Taux de service</translation>
    </message>
    <message>
        <source>Lead time without supplier</source>
        <translation>Délai sans fournisseur</translation>
    </message>
    <message>
        <source>Overstock above</source>
        <translation>Surstock au-delà de</translation>
    </message>
    <message>
        <source>Dead stock after</source>
        <translation>Stock dormant après</translation>
    </message>
    <message>
        <source>Choose a value between %1 and %2.</source>
        <translation>Choisissez une valeur entre %1 et %2.</translation>
    </message>
    <message>
        <source>Reading sales</source>
        <translation>Lecture des ventes</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Could not read the sales.</source>
        <translation>Impossible de lire les ventes.</translation>
    </message>
    <message>
        <source>Finding dead stock</source>
        <translation>Recherche du stock dormant</translation>
    </message>
</context>
<context>
    <name>ReorderSettingsDialog</name>
    <message>
        <source>Reorder settings</source>
        <translation>Réglages de réapprovisionnement</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days of sales</source>
        <translation>Jours de ventes</translation>
    </message>
    <message>
        <source>Service level (from how much daily sales vary)</source>
        <translation>Taux de service (selon la variation des ventes quotidiennes)</translation>
    </message>
    <message>
        <source>Sales &amp;window:</source>
        <translation>&amp;Période de ventes :</translation>
    </message>
    <message>
        <source>&amp;Order enough for:</source>
        <translation>&amp;Commander assez pour :</translation>
    </message>
    <message>
        <source>Safety stock &amp;rule:</source>
        <translation>&amp;Règle du stock de sécurité :</translation>
    </message>
    <message>
        <source>Safety stock in &amp;days:</source>
        <translation>Stock de sécurité en &amp;jours :</translation>
    </message>
    <message>
        <source>Service &amp;level:</source>
        <translation>&amp;Taux de service :</translation>
    </message>
    <message>
        <source>&amp;Lead time without a supplier:</source>
        <translation>&amp;Délai sans fournisseur :</translation>
    </message>
    <message>
        <source>O&amp;verstock above:</source>
        <translation>Sur&amp;stock au-delà de :</translation>
    </message>
    <message>
        <source>&amp;Dead stock after:</source>
        <translation>Stock d&amp;ormant après :</translation>
    </message>
    <message>
        <source>Sales of this many days give the velocity; days out of stock are left out.</source>
        <translation>Les ventes de ce nombre de jours donnent le rythme de vente ; les jours en rupture de stock ne comptent pas.</translation>
    </message>
    <message>
        <source>How long an order should last once it arrives, beyond the lead time.</source>
        <translation>Combien de temps une commande doit durer une fois arrivée, au-delà du délai d’approvisionnement.</translation>
    </message>
    <message>
        <source>More days of cover than this, at the current velocity, is overstock.</source>
        <translation>Au-delà de ce nombre de jours de couverture, au rythme actuel, c’est du surstock.</translation>
    </message>
    <message>
        <source>A product in stock that did not sell for this long is dead stock.</source>
        <translation>Un produit en stock qui ne s’est pas vendu depuis ce temps est du stock dormant.</translation>
    </message>
</context>
<context>
    <name>ReorderView</name>
    <message>
        <source>Computing sales velocity…</source>
        <translation>Calcul du rythme de vente…</translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation>Sans fournisseur</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Give these products a supplier to order them.</source>
        <translation>Donnez un fournisseur à ces produits pour les commander.</translation>
    </message>
    <message>
        <source>Out of stock for the whole window: %1 sold in the %2 days before it ran out.</source>
        <translation>En rupture sur toute la période : %1 vendus dans les %2 jours avant la rupture.</translation>
    </message>
    <message>
        <source>%1 sold in %2 days in stock.</source>
        <translation>%1 vendus en %2 jours en stock.</translation>
    </message>
    <message>
        <source>Type the quantity to order</source>
        <translation>Tapez la quantité à commander</translation>
    </message>
    <message>
        <source>Nothing to reorder: every product that sells has enough stock or is on order.</source>
        <translation>Rien à recommander : chaque produit qui se vend a assez de stock ou est en commande.</translation>
    </message>
    <message>
        <source>Below the supplier&apos;s minimum order of %1</source>
        <translation>Sous le minimum de commande du fournisseur (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to order</source>
        <translation>
            <numerusform>%n ligne à commander</numerusform>
            <numerusform>%n lignes à commander</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at cost</source>
        <translation>%1 au coût d’achat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %n draft purchase order(s): %1. Check them and send them to the suppliers.</source>
        <translation>
            <numerusform>%n bon de commande créé en brouillon : %1. Vérifiez-le et envoyez-le au fournisseur.</numerusform>
            <numerusform>%n bons de commande créés en brouillon : %1. Vérifiez-les et envoyez-les aux fournisseurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Compute again from the latest sales and stock (F5)</source>
        <translation>Recalculer d’après les dernières ventes et le stock (F5)</translation>
    </message>
    <message>
        <source>Reorder settings…</source>
        <translation>Réglages de réapprovisionnement…</translation>
    </message>
    <message>
        <source>Create purchase orders</source>
        <translation>Créer les bons de commande</translation>
    </message>
    <message>
        <source>One draft purchase order per supplier with the ticked lines (Ctrl+Enter)</source>
        <translation>Un bon de commande brouillon par fournisseur avec les lignes cochées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Sold per day</source>
        <translation>Ventes par jour</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai d’approvisionnement</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Point de commande</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>À commander</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Products to reorder</source>
        <translation>Produits à recommander</translation>
    </message>
</context>
<context>
    <name>ReportChartView</name>
    <message>
        <source>This report has no chart.</source>
        <translation>Ce rapport n'a pas de graphique.</translation>
    </message>
    <message>
        <source>Nothing to draw: the report has no rows for these filters.</source>
        <translation>Rien à dessiner : le rapport n'a aucune ligne pour ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%1, first %n</source>
        <translation>
            <numerusform>%1, le premier</numerusform>
            <numerusform>%1, les %n premiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to draw: no positive figure to share.</source>
        <translation>Rien à dessiner : aucun chiffre positif à répartir.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Other (%1 %)</source>
        <translation>Autres (%1 %)</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Start the file with a &amp;byte order mark (BOM)</source>
        <translation>Commencer le fichier par une marque d'ordre des octets (&amp;BOM)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>French Excel (; and decimal comma, BOM, 31/12/2026)</source>
        <translation>Excel en français (; et virgule décimale, BOM, 31/12/2026)</translation>
    </message>
    <message>
        <source>Standard (RFC 4180: , and decimal point, ISO dates, no BOM)</source>
        <translation>Standard (RFC 4180 : , et point décimal, dates ISO, sans BOM)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>; (semicolon)</source>
        <translation>; (point-virgule)</translation>
    </message>
    <message>
        <source>, (comma)</source>
        <translation>, (virgule)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>| (vertical bar)</source>
        <translation>| (barre verticale)</translation>
    </message>
    <message>
        <source>. (point)</source>
        <translation>. (point)</translation>
    </message>
    <message>
        <source>dd: day, MM: month, yyyy: year; for example dd/MM/yyyy or yyyy-MM-dd</source>
        <translation>dd : jour, MM : mois, yyyy : année ; par exemple dd/MM/yyyy ou yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur de colonnes</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>Marque d'ordre des octets</translation>
    </message>
    <message>
        <source>Excel needs it to read accents right; other programs may show it as odd characters</source>
        <translation>Excel en a besoin pour lire les accents correctement ; d'autres programmes peuvent l'afficher comme des caractères bizarres</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format des dates</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Séparateur de &amp;colonnes :</translation>
    </message>
    <message>
        <source>D&amp;ecimal separator:</source>
        <translation>Séparateur &amp;décimal :</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>&amp;Format des dates :</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sort by %1 (click again for the other order, a third time for the report&apos;s order)</source>
        <translation>Trier par %1 (cliquer de nouveau pour l'ordre inverse, une troisième fois pour l'ordre du rapport)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>The delimiter and the decimal separator are both &quot;%1&quot;: a number would split into two columns.</source>
        <translation>Le séparateur et le séparateur décimal sont tous deux « %1 » : un nombre serait coupé en deux colonnes.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate the columns.</source>
        <translation>Un guillemet ou un saut de ligne ne peut pas séparer les colonnes.</translation>
    </message>
    <message>
        <source>The date format &quot;%1&quot; must show the day, the month and the year.</source>
        <translation>Le format de date « %1 » doit montrer le jour, le mois et l'année.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>The PDF was cancelled.</source>
        <translation>Le PDF a été annulé.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n'a pas pu être commencé.</translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>Le rapport n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in another currency than %1 are left out.</source>
        <translation>
            <numerusform>%n commande dans une autre devise que %1 est laissée de côté.</numerusform>
            <numerusform>%n commandes dans une autre devise que %1 sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales by period</source>
        <translation>Ventes par période</translation>
    </message>
    <message>
        <source>Orders, discounts, shipping, refunds, net sales and VAT, day by day or month by month.</source>
        <translation>Commandes, remises, livraison, remboursements, ventes nettes et TVA, jour par jour ou mois par mois.</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>Ventes par produit</translation>
    </message>
    <message>
        <source>What sold, best sellers first: quantities, sales and their share.</source>
        <translation>Ce qui s'est vendu, meilleures ventes d'abord : quantités, ventes et leur part.</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Ventes par catégorie</translation>
    </message>
    <message>
        <source>Sales of each product category and its share.</source>
        <translation>Les ventes de chaque catégorie de produits et leur part.</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Ventes par canal</translation>
    </message>
    <message>
        <source>Website, shop counter, marketplace and phone side by side.</source>
        <translation>Site, comptoir de la boutique, places de marché et téléphone côte à côte.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>Sales without VAT, their cost and the margin left, product by product.</source>
        <translation>Ventes hors TVA, leur coût et la marge qui reste, produit par produit.</translation>
    </message>
    <message>
        <source>VAT collected</source>
        <translation>TVA collectée</translation>
    </message>
    <message>
        <source>Sales and the VAT in them by destination country and rate, for the VAT return.</source>
        <translation>Les ventes et leur TVA par pays de destination et par taux, pour la déclaration de TVA.</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>Valorisation du stock</translation>
    </message>
    <message>
        <source>What the stock on hand at the end of the period is worth at cost, by location and category.</source>
        <translation>Ce que vaut au prix de revient le stock en main à la fin de la période, par emplacement et par catégorie.</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <source>Units in and out of stock in the period, by reason, with their value at cost.</source>
        <translation>Les unités entrées et sorties du stock sur la période, par motif, avec leur valeur au prix de revient.</translation>
    </message>
    <message>
        <source>Carrier performance</source>
        <translation>Performance des transporteurs</translation>
    </message>
    <message>
        <source>Parcels shipped in the period by carrier and service: delivered, transit time, late, lost, damaged and returned.</source>
        <translation>Colis expédiés sur la période par transporteur et service : livrés, délai d'acheminement, en retard, perdus, endommagés et retournés.</translation>
    </message>
    <message>
        <source>Returns by product and reason</source>
        <translation>Retours par produit et motif</translation>
    </message>
    <message>
        <source>What came back and why: units, returns, refunds and the return rate of each product.</source>
        <translation>Ce qui est revenu et pourquoi : unités, retours, remboursements et taux de retour de chaque produit.</translation>
    </message>
    <message>
        <source>Reviews by product</source>
        <translation>Avis par produit</translation>
    </message>
    <message>
        <source>Reviews written in the period, product by product: average rating, unhappy reviews and their main cause.</source>
        <translation>Avis écrits sur la période, produit par produit : note moyenne, avis mécontents et leur cause principale.</translation>
    </message>
    <message>
        <source>Reviews by cause</source>
        <translation>Avis par cause</translation>
    </message>
    <message>
        <source>Why customers were unhappy: reviews and average rating of each cause.</source>
        <translation>Pourquoi les clients étaient mécontents : avis et note moyenne de chaque cause.</translation>
    </message>
    <message>
        <source>New and returning customers</source>
        <translation>Nouveaux clients et clients fidèles</translation>
    </message>
    <message>
        <source>Customers of each period, those ordering for the first time and those coming back, with their orders.</source>
        <translation>Les clients de chaque période, ceux qui commandent pour la première fois et ceux qui reviennent, avec leurs commandes.</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>The customers who spent the most in the period.</source>
        <translation>Les clients qui ont le plus dépensé sur la période.</translation>
    </message>
    <message>
        <source>There is no report called &quot;%1&quot;. The reports are: %2.</source>
        <translation>Il n'y a pas de rapport nommé « %1 ». Les rapports sont : %2.</translation>
    </message>
    <message>
        <source>The report needs a first and a last day.</source>
        <translation>Le rapport a besoin d'un premier et d'un dernier jour.</translation>
    </message>
    <message>
        <source>The last day (%1) comes before the first day (%2).</source>
        <translation>Le dernier jour (%1) précède le premier jour (%2).</translation>
    </message>
    <message>
        <source>The number of rows cannot be negative.</source>
        <translation>Le nombre de lignes ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>There is no sales channel called &quot;%1&quot;: website, counter, marketplace or phone.</source>
        <translation>Il n'y a pas de canal de vente nommé « %1 » : website, counter, marketplace ou phone.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>VAT rounded per order and rate</source>
        <translation>TVA arrondie par commande et par taux</translation>
    </message>
    <message>
        <source>VAT rounded per line</source>
        <translation>TVA arrondie par ligne</translation>
    </message>
    <message>
        <source>top %1</source>
        <translation>les %1 premiers</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Ventes brutes</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventes nettes</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Gross sales are the items sold, taxes included; net sales add shipping and take off discounts and refunds. Refunds count on the day the return was received.</source>
        <translation>Les ventes brutes sont les articles vendus, TTC ; les ventes nettes ajoutent la livraison et retirent remises et remboursements. Un remboursement compte le jour où le retour a été reçu.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Sales without VAT</source>
        <translation>Ventes HT</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Only the best sellers are listed; the totals are those of every product.</source>
        <translation>Seules les meilleures ventes sont listées ; les totaux sont ceux de tous les produits.</translation>
    </message>
    <message>
        <source>Sales are those of the items, taxes included, before the order&apos;s discounts and shipping.</source>
        <translation>Les ventes sont celles des articles, TTC, avant les remises et la livraison de la commande.</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>Hors catalogue</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Net sales are the orders&apos; totals (shipping included, discounts taken off) less the refunds of returns received in the period.</source>
        <translation>Les ventes nettes sont les totaux des commandes (livraison comprise, remises déduites) moins les remboursements des retours reçus sur la période.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin rate</source>
        <translation>Taux de marge</translation>
    </message>
    <message>
        <source>Costs are today&apos;s cost prices of the products; the order&apos;s discounts and shipping are not in the products&apos; margins.</source>
        <translation>Les coûts sont les prix de revient actuels des produits ; les remises et la livraison des commandes ne sont pas dans les marges des produits.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) sold have no cost price: their margin is their whole price.</source>
        <translation>
            <numerusform>%n unité vendue n'a pas de prix de revient : sa marge est son prix entier.</numerusform>
            <numerusform>%n unités vendues n'ont pas de prix de revient : leur marge est leur prix entier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the products with the largest margins are listed; the totals are those of every product.</source>
        <translation>Seuls les produits aux plus grandes marges sont listés ; les totaux sont ceux de tous les produits.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Sales with VAT</source>
        <translation>Ventes TTC</translation>
    </message>
    <message>
        <source>By delivery country and rate; shipping is taxed at 20 %. Discounts and refunds are not taken off here: declare them as the orders&apos; credit notes do.</source>
        <translation>Par pays de livraison et par taux ; la livraison est taxée à 20 %. Remises et remboursements ne sont pas déduits ici : déclarez-les comme le font les avoirs des commandes.</translation>
    </message>
    <message>
        <source>No carrier</source>
        <translation>Sans transporteur</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Average transit (days)</source>
        <translation>Acheminement moyen (jours)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagés</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournés</translation>
    </message>
    <message>
        <source>Parcels count on the day they were shipped. Transit is the time from shipping to delivery in calendar days (24 hours each, weekends and holidays included), over the parcels delivered.</source>
        <translation>Les colis comptent le jour de leur expédition. L'acheminement est le temps de l'expédition à la livraison en jours calendaires (de 24 heures, week-ends et jours fériés compris), sur les colis livrés.</translation>
    </message>
    <message>
        <source>Late: delivered after the expected day, or still on its way (neither lost nor returned) with the expected day past, as the Shipments page says. Late, lost, damaged and returned are shares of every parcel.</source>
        <translation>En retard : livré après le jour prévu, ou encore en route (ni perdu ni retourné) alors que le jour prévu est passé, comme le dit la page Expéditions. En retard, perdus, endommagés et retournés sont des parts de l'ensemble des colis.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) have no expected delivery day (no transit time for their carrier or service, or not computed yet) and are never counted late.</source>
        <translation>
            <numerusform>%n colis n'a pas de jour de livraison prévu (pas de délai pour son transporteur ou son service, ou pas encore calculé) et n'est jamais compté en retard.</numerusform>
            <numerusform>%n colis n'ont pas de jour de livraison prévu (pas de délai pour leur transporteur ou leur service, ou pas encore calculé) et ne sont jamais comptés en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>Unités retournées</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unités vendues</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Taux de retour</translation>
    </message>
    <message>
        <source>Returns count on the day they were opened; cancelled returns are left out. A return&apos;s refund is shared among its lines in proportion to the price of the units returned.</source>
        <translation>Les retours comptent le jour de leur ouverture ; les retours annulés sont exclus. Le remboursement d'un retour est réparti entre ses lignes au prorata du prix des unités retournées.</translation>
    </message>
    <message>
        <source>The return rate is the units returned for the reason over the units of the product sold in the period: a unit sold before the period and returned in it can take it above 100 %.</source>
        <translation>Le taux de retour rapporte les unités retournées pour ce motif aux unités du produit vendues sur la période : une unité vendue avant la période et retournée pendant peut le faire dépasser 100 %.</translation>
    </message>
    <message>
        <source>Only the products returned most are listed; the totals are those of every product.</source>
        <translation>Seuls les produits les plus retournés sont listés ; les totaux sont ceux de tous les produits.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>1–2 stars</source>
        <translation>1–2 étoiles</translation>
    </message>
    <message>
        <source>Unhappy (3 stars or fewer)</source>
        <translation>Mécontents (3 étoiles ou moins)</translation>
    </message>
    <message>
        <source>Main cause</source>
        <translation>Cause principale</translation>
    </message>
    <message>
        <source>The shop itself</source>
        <translation>La boutique elle-même</translation>
    </message>
    <message>
        <source>Reviews count on the day they were written. Unhappy reviews have 3 stars or fewer, as on the Reviews page; the main cause is the one most often suggested or confirmed (never a rejected one).</source>
        <translation>Les avis comptent le jour où ils ont été écrits. Les avis mécontents ont 3 étoiles ou moins, comme sur la page Avis ; la cause principale est celle le plus souvent suggérée ou confirmée (jamais une cause rejetée).</translation>
    </message>
    <message>
        <source>Only the products with the most reviews are listed; the totals are those of every review.</source>
        <translation>Seuls les produits ayant le plus d'avis sont listés ; les totaux sont ceux de tous les avis.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Share of all reviews</source>
        <translation>Part de tous les avis</translation>
    </message>
    <message>
        <source>Causes suggested from the reviews&apos; words or confirmed by you count; rejected ones never do. A review can have several causes: the total counts each review once.</source>
        <translation>Les causes suggérées d'après les mots des avis ou confirmées par vous comptent, les causes rejetées jamais. Un avis peut avoir plusieurs causes : le total compte chaque avis une fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) were written in the period.</source>
        <translation>
            <numerusform>%n avis a été écrit sur la période.</numerusform>
            <numerusform>%n avis ont été écrits sur la période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) without a customer or an email (sales at the counter, for instance) are left out.</source>
        <translation>
            <numerusform>%n commande sans client ni e-mail (une vente au comptoir, par exemple) est exclue.</numerusform>
            <numerusform>%n commandes sans client ni e-mail (des ventes au comptoir, par exemple) sont exclues.</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer is a customer record of the shop, or, for orders without one, an email address whatever its case.</source>
        <translation>Un client est une fiche client de la boutique ou, pour les commandes qui n'en ont pas, une adresse e-mail, majuscules ou minuscules.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Clients fidèles</translation>
    </message>
    <message>
        <source>Orders from new</source>
        <translation>Commandes des nouveaux</translation>
    </message>
    <message>
        <source>Orders from returning</source>
        <translation>Commandes des fidèles</translation>
    </message>
    <message>
        <source>Sales from returning</source>
        <translation>Ventes des fidèles</translation>
    </message>
    <message>
        <source>New customers placed their first order ever (cancelled ones aside, in any channel) in the period&apos;s slice; the others had ordered before. Sales are the orders&apos; totals, shipping included and discounts taken off.</source>
        <translation>Les nouveaux clients ont passé leur toute première commande (hors commandes annulées, sur tous les canaux) dans la tranche de la période ; les autres avaient déjà commandé. Les ventes sont les totaux des commandes, livraison comprise et remises déduites.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Première commande</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <source>Net sales are the totals of the customer&apos;s orders of the period less the refunds of returns received in it. The first and last orders are the customer&apos;s first and latest ever, cancelled ones aside.</source>
        <translation>Les ventes nettes sont les totaux des commandes du client sur la période moins les remboursements des retours reçus pendant celle-ci. Les première et dernière commandes sont les toutes premières et dernières du client, hors commandes annulées.</translation>
    </message>
    <message>
        <source>Only the best customers are listed; the totals are those of every customer.</source>
        <translation>Seuls les meilleurs clients sont listés ; les totaux sont ceux de tous les clients.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Variants in stock</source>
        <translation>Variantes en stock</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Valeur au prix de revient</translation>
    </message>
    <message>
        <source>Retail value</source>
        <translation>Valeur de vente</translation>
    </message>
    <message>
        <source>Share of value</source>
        <translation>Part de la valeur</translation>
    </message>
    <message>
        <source>Stock at the end of %1</source>
        <translation>Stock à la fin du %1</translation>
    </message>
    <message>
        <source>Valued at today&apos;s cost prices; the retail value is at today&apos;s selling prices, taxes included.</source>
        <translation>Valorisé aux prix de revient actuels ; la valeur de vente est aux prix de vente actuels, TTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) in stock have no cost price and count for nothing in the value at cost.</source>
        <translation>
            <numerusform>%n variante en stock n'a pas de prix de revient et ne compte pour rien dans la valeur au prix de revient.</numerusform>
            <numerusform>%n variantes en stock n'ont pas de prix de revient et ne comptent pour rien dans la valeur au prix de revient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock level(s) below zero are left out: count them to put the ledger right.</source>
        <translation>
            <numerusform>%n niveau de stock sous zéro est laissé de côté : comptez-le pour corriger le registre.</numerusform>
            <numerusform>%n niveaux de stock sous zéro sont laissés de côté : comptez-les pour corriger le registre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Units in</source>
        <translation>Unités entrées</translation>
    </message>
    <message>
        <source>Units out</source>
        <translation>Unités sorties</translation>
    </message>
    <message>
        <source>Net units</source>
        <translation>Unités nettes</translation>
    </message>
    <message>
        <source>Net value at cost</source>
        <translation>Valeur nette au prix de revient</translation>
    </message>
    <message>
        <source>Valued at today&apos;s cost prices. A transfer moves units out of one location and into another.</source>
        <translation>Valorisé aux prix de revient actuels. Un transfert sort des unités d'un emplacement pour les entrer dans un autre.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Every location</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L'année dernière</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>First day of the period, included</source>
        <translation>Premier jour de la période, inclus</translation>
    </message>
    <message>
        <source>Last day of the period, included</source>
        <translation>Dernier jour de la période, inclus</translation>
    </message>
    <message>
        <source>Gro&amp;uping:</source>
        <translation>Reg&amp;roupement :</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>E&amp;mplacement :</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>T&amp;op :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <source>Only the first rows, best first; All for every row</source>
        <translation>Seulement les premières lignes, les meilleures d'abord ; Tous pour toutes les lignes</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;TVA :</translation>
    </message>
    <message>
        <source>Rounded per line</source>
        <translation>Arrondie par ligne</translation>
    </message>
    <message>
        <source>Rounded per order and rate</source>
        <translation>Arrondie par commande et par taux</translation>
    </message>
    <message>
        <source>VAT rounding</source>
        <translation>Arrondi de la TVA</translation>
    </message>
    <message>
        <source>Per line: as each order&apos;s VAT is. Per order and rate: as some accounting programs do</source>
        <translation>Par ligne : comme la TVA de chaque commande. Par commande et par taux : comme le font certains logiciels de comptabilité</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Run the report again (F5)</source>
        <translation>Calculer de nouveau le rapport (F5)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The table as a CSV file for a spreadsheet or the accountant (Ctrl+E)</source>
        <translation>Le tableau en fichier CSV, pour un tableur ou le comptable (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>The table, its period and notes as a PDF to print or send (Ctrl+P)</source>
        <translation>Le tableau, sa période et ses remarques en PDF, à imprimer ou à envoyer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The selected cells, or the whole table, to paste into a spreadsheet (Ctrl+C)</source>
        <translation>Les cellules sélectionnées, ou tout le tableau, à coller dans un tableur (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tableau du rapport</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Graphique du rapport</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current shop file is kept in the backup folder, so a restore can itself be undone.</source>
        <translation>Choisissez la sauvegarde à restaurer. Le fichier actuel de la boutique est conservé dans le dossier des sauvegardes : une restauration peut donc elle-même être annulée.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <source>No backup yet: use File ▸ Back up now.</source>
        <translation>Aucune sauvegarde pour l’instant : utilisez Fichier ▸ Sauvegarder maintenant.</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Autre &amp;fichier…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Comptoir shops (*.db *.comptoir);;All files (*)</source>
        <translation>Boutiques Comptoir (*.db *.comptoir);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>e.g. sent back by post, exchange wanted</source>
        <translation>p. ex. renvoyé par la poste, échange souhaité</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Refund to the customer:</source>
        <translation>&amp;Remboursement au client :</translation>
    </message>
    <message>
        <source>&amp;Open return</source>
        <translation>&amp;Ouvrir le retour</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Réceptionner</translation>
    </message>
    <message>
        <source>Return from order %1 – %2</source>
        <translation>Retour de la commande %1 – %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Can come back</source>
        <translation>Peut revenir</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Revient</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Receive return %1 (order %2)</source>
        <translation>Réceptionner le retour %1 (commande %2)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Back to</source>
        <translation>Remis à</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Remis en stock</translation>
    </message>
    <message>
        <source>Write off (not sellable)</source>
        <translation>Mis au rebut (invendable)</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>Return &amp;form</source>
        <translation>&amp;Formulaire de retour</translation>
    </message>
    <message>
        <source>Return form: print or save as PDF</source>
        <translation>Formulaire de retour : imprimer ou enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Ouvert le %1</translation>
    </message>
    <message>
        <source>Return form</source>
        <translation>Formulaire de retour</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Return %1 (continued)</source>
        <translation>Retour %1 (suite)</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Articles : %1</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Remboursement : %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Reçu le %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Condition on receipt / Notes</source>
        <translation>État à la réception / Remarques</translation>
    </message>
    <message>
        <source>Return instructions</source>
        <translation>Instructions de retour</translation>
    </message>
    <message>
        <source>Return %1 · order %2</source>
        <translation>Retour %1 · commande %2</translation>
    </message>
    <message>
        <source>Return %1 · order %2 · page %3 of %4</source>
        <translation>Retour %1 · commande %2 · page %3 sur %4</translation>
    </message>
</context>
<context>
    <name>ReturnFormActions</name>
    <message>
        <source>&amp;Print return form…</source>
        <translation>&amp;Imprimer le formulaire de retour…</translation>
    </message>
    <message>
        <source>&amp;Save return form as PDF…</source>
        <translation>&amp;Enregistrer le formulaire de retour en PDF…</translation>
    </message>
    <message>
        <source>Preview the return form, then print it (%1)</source>
        <translation>Afficher l’aperçu du formulaire de retour, puis l’imprimer (%1)</translation>
    </message>
    <message>
        <source>Save the return form as a PDF file, to send it to the customer</source>
        <translation>Enregistrer le formulaire de retour dans un fichier PDF, pour l’envoyer au client</translation>
    </message>
    <message>
        <source>Choose a return to print its form.</source>
        <translation>Choisissez un retour pour imprimer son formulaire.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n return form(s)</source>
        <translation>
            <numerusform>Imprimer %n formulaire de retour</numerusform>
            <numerusform>Imprimer %n formulaires de retour</numerusform>
        </translation>
    </message>
    <message>
        <source>return-forms</source>
        <translation>formulaires-de-retour</translation>
    </message>
    <message>
        <source>return-form-%1</source>
        <translation>formulaire-de-retour-%1</translation>
    </message>
    <message>
        <source>Save return form as PDF</source>
        <translation>Enregistrer le formulaire de retour en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n return form(s) saved to %1.</source>
        <translation>
            <numerusform>%n formulaire de retour enregistré dans %1.</numerusform>
            <numerusform>%n formulaires de retour enregistrés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnFormDocument</name>
    <message>
        <source>There is no return to print a form for.</source>
        <translation>Il n’y a aucun retour dont imprimer le formulaire.</translation>
    </message>
    <message>
        <source>Printing could not start.</source>
        <translation>L’impression n’a pas pu commencer.</translation>
    </message>
    <message>
        <source>Return forms</source>
        <translation>Formulaires de retour</translation>
    </message>
    <message>
        <source>Printing the return forms was cancelled.</source>
        <translation>L’impression des formulaires de retour a été annulée.</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Too small</source>
        <translation>Trop petit</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Trop grand</translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation>Arrivé abîmé</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>A changé d’avis</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Mauvais article envoyé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réceptionné</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>This order does not exist.</source>
        <translation>Cette commande n’existe pas.</translation>
    </message>
    <message>
        <source>Order %1 has not left the shop: nothing can come back. Edit or cancel it instead.</source>
        <translation>La commande %1 n’est pas partie : rien ne peut revenir. Modifiez-la ou annulez-la plutôt.</translation>
    </message>
    <message>
        <source>This line is not in order %1.</source>
        <translation>Cette ligne n’est pas dans la commande %1.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can still come back.</source>
        <translation>Seulement %1 × %2 peut encore revenir.</translation>
    </message>
    <message>
        <source>Say what comes back: at least one item.</source>
        <translation>Indiquez ce qui revient : au moins un article.</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 opened: %n item(s)</source>
        <translation>
            <numerusform>Retour %1 ouvert : %n article</numerusform>
            <numerusform>Retour %1 ouvert : %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the returns.</source>
        <translation>Impossible de lire les retours.</translation>
    </message>
    <message>
        <source>This return does not exist.</source>
        <translation>Ce retour n’existe pas.</translation>
    </message>
    <message>
        <source>Return %1 is %2: it was dealt with already.</source>
        <translation>Le retour %1 est « %2 » : il a déjà été traité.</translation>
    </message>
    <message>
        <source>A refund cannot be negative.</source>
        <translation>Un remboursement ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>The refund is more than the customer paid for order %1.</source>
        <translation>Le remboursement dépasse ce que le client a payé pour la commande %1.</translation>
    </message>
    <message>
        <source>Written off on return: %1</source>
        <translation>Mis au rebut au retour : %1</translation>
    </message>
    <message>
        <source>Return %1 received: %2 back in stock, %3 written off</source>
        <translation>Retour %1 réceptionné : %2 remis en stock, %3 mis au rebut</translation>
    </message>
    <message>
        <source>; refund %1</source>
        <translation> ; remboursement %1</translation>
    </message>
    <message>
        <source>Receive return %1 before closing it.</source>
        <translation>Réceptionnez le retour %1 avant de le clore.</translation>
    </message>
    <message>
        <source>Return %1 was received: it can no longer be cancelled.</source>
        <translation>Le retour %1 a été réceptionné : il ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Return %1 cancelled</source>
        <translation>Retour %1 annulé</translation>
    </message>
</context>
<context>
    <name>ReturnsListDialog</name>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Réceptionner…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lore</translation>
    </message>
    <message>
        <source>Cancel re&amp;turn</source>
        <translation>Annuler le re&amp;tour</translation>
    </message>
    <message>
        <source>Open &amp;order</source>
        <translation>Ouvrir la &amp;commande</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>Attendus en retour</translation>
    </message>
    <message>
        <source>Received, refund to close</source>
        <translation>Réceptionnés, à clore après remboursement</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>Tous les retours</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Return received: the stock is updated.</source>
        <translation>Retour réceptionné : le stock est à jour.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Return &amp;form</source>
        <translation>&amp;Formulaire de retour</translation>
    </message>
    <message>
        <source>The return forms of the selected returns: print them (%1) or save them as PDF</source>
        <translation>Les formulaires de retour des retours sélectionnés : les imprimer (%1) ou les enregistrer en PDF</translation>
    </message>
    <message>
        <source>Return forms of the selected returns: print or save as PDF</source>
        <translation>Formulaires de retour des retours sélectionnés : imprimer ou enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Writing reviews</source>
        <translation>Écriture des avis</translation>
    </message>
</context>
<context>
    <name>ReviewExportDialog</name>
    <message>
        <source>Only the &amp;replies to publish</source>
        <translation>Seulement les &amp;réponses à publier</translation>
    </message>
    <message>
        <source>&amp;Mark them as published once the file is written</source>
        <translation>&amp;Les marquer publiées une fois le fichier écrit</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>Exporter les avis</translation>
    </message>
    <message>
        <source>Comptoir (every field, to import again)</source>
        <translation>Comptoir (tous les champs, pour réimporter)</translation>
    </message>
    <message>
        <source>Judge.me</source>
        <translation>Judge.me</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Only the replies to publish</source>
        <translation>Seulement les réponses à publier</translation>
    </message>
    <message>
        <source>The reviews answered whose reply was not exported or published yet</source>
        <translation>Les avis répondus dont la réponse n&apos;a pas encore été exportée ni publiée</translation>
    </message>
    <message>
        <source>Mark the replies as published</source>
        <translation>Marquer les réponses comme publiées</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation>Le fichier CSV à écrire</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>reviews.csv</source>
        <translation>avis.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Exporting reviews</source>
        <translation>Export des avis</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exported %1 reviews (%2 with a reply) to %3.</source>
        <translation>%1 avis exportés (%2 avec une réponse) dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) marked as published.</source>
        <translation>
            <numerusform>%n réponse marquée comme publiée.</numerusform>
            <numerusform>%n réponses marquées comme publiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <source>Import cancelled: nothing was changed in the shop.</source>
        <translation>Import annulé : rien n&apos;a été modifié dans la boutique.</translation>
    </message>
    <message>
        <source>Reading reviews</source>
        <translation>Lecture des avis</translation>
    </message>
    <message>
        <source>The file has no reviews under its header.</source>
        <translation>Le fichier n&apos;a aucun avis sous son en-tête.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>These columns are not those of a review file Comptoir knows: export the reviews from Judge.me, Trustpilot or WooCommerce, or use Comptoir&apos;s own columns (see the documentation).</source>
        <translation>Ces colonnes ne sont pas celles d&apos;un fichier d&apos;avis que Comptoir connaît : exportez les avis depuis Judge.me, Trustpilot ou WooCommerce, ou utilisez les colonnes de Comptoir (voir la documentation).</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2026-11-20, 2026-11-20T14:03:00Z or 20/11/2026.</source>
        <translation>« %1 » n&apos;est pas une date : écrivez-la 2026-11-20, 2026-11-20T14:03:00Z ou 20/11/2026.</translation>
    </message>
    <message>
        <source>Give the rating, 1 to 5 stars.</source>
        <translation>Donnez la note, de 1 à 5 étoiles.</translation>
    </message>
    <message>
        <source>“%1” is not a rating: give 1 to 5 stars.</source>
        <translation>« %1 » n&apos;est pas une note : donnez de 1 à 5 étoiles.</translation>
    </message>
    <message>
        <source>“%1” is not a status: write new, to_answer, answered or ignored.</source>
        <translation>« %1 » n&apos;est pas un statut : écrivez new, to_answer, answered ou ignored.</translation>
    </message>
    <message>
        <source>“%1” is not a cause: write delivery_delay, damaged_parcel, product_quality, sizing, not_as_described, customer_service or price.</source>
        <translation>« %1 » n&apos;est pas une cause : écrivez delivery_delay, damaged_parcel, product_quality, sizing, not_as_described, customer_service ou price.</translation>
    </message>
    <message>
        <source>The shop has no product with the SKU %1.</source>
        <translation>La boutique n&apos;a pas de produit de SKU %1.</translation>
    </message>
    <message>
        <source>The shop has no product “%1” (looked for by SKU, handle and name).</source>
        <translation>La boutique n&apos;a pas de produit « %1 » (cherché par SKU, identifiant d&apos;URL et nom).</translation>
    </message>
    <message>
        <source>The shop has no product %1: give its SKU, handle or name.</source>
        <translation>La boutique n&apos;a pas de produit %1 : donnez son SKU, son identifiant d&apos;URL ou son nom.</translation>
    </message>
    <message>
        <source>“%1” is not a source: write website, google, trustpilot, judgeme, woocommerce, marketplace or other.</source>
        <translation>« %1 » n&apos;est pas une source : écrivez website, google, trustpilot, judgeme, woocommerce, marketplace ou other.</translation>
    </message>
    <message>
        <source>Give the day the review was written.</source>
        <translation>Donnez le jour où l&apos;avis a été écrit.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Déjà connu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added</source>
        <translation>
            <numerusform>%n avis ajouté</numerusform>
            <numerusform>%n avis ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n as ignored)</source>
        <translation>
            <numerusform>(%n comme ignoré)</numerusform>
            <numerusform>(%n comme ignorés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known.</source>
        <translation>
            <numerusform>%n déjà connu.</numerusform>
            <numerusform>%n déjà connus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Importer des avis</translation>
    </message>
    <message>
        <source>A CSV file exported from Judge.me, Trustpilot, WooCommerce or Comptoir</source>
        <translation>Un fichier CSV exporté de Judge.me, Trustpilot, WooCommerce ou Comptoir</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Check the file again</source>
        <translation>Vérifier à nouveau le fichier</translation>
    </message>
    <message>
        <source>Import the reviews</source>
        <translation>Importer les avis</translation>
    </message>
    <message>
        <source>What the import will do, line by line</source>
        <translation>Ce que fera l&apos;import, ligne par ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing reviews</source>
        <translation>Import des avis</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed in the shop.</source>
        <translation>Annulé : rien n&apos;a été modifié dans la boutique.</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Add as ignored (spam on its platform)</source>
        <translation>Ajouter comme ignoré (indésirable sur sa plateforme)</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>la boutique</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported. Correct the file, then check it again.</source>
        <translation>
            <numerusform>%n problème trouvé : rien ne sera importé. Corrigez le fichier, puis vérifiez-le à nouveau.</numerusform>
            <numerusform>%n problèmes trouvés : rien ne sera importé. Corrigez le fichier, puis vérifiez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé : %1</translation>
    </message>
    <message>
        <source>%1 file, no problem found. Apply will do this: %2</source>
        <translation>Fichier %1, aucun problème trouvé. Appliquer fera ceci : %2</translation>
    </message>
</context>
<context>
    <name>ReviewInsights</name>
    <message>
        <source>No review yet.</source>
        <translation>Aucun avis pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ★ on average over %n review(s) · %L2 unhappy · %L3 waiting for an answer</source>
        <translation>
            <numerusform>%1 ★ en moyenne sur %n avis · %L2 mécontents · %L3 en attente de réponse</numerusform>
            <numerusform>%1 ★ en moyenne sur %n avis · %L2 mécontents · %L3 en attente de réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ↑ rising</source>
        <translation>%1 ↑ en hausse</translation>
    </message>
    <message>
        <source>Causes of unhappy reviews, month by month</source>
        <translation>Causes des avis mécontents, mois par mois</translation>
    </message>
    <message>
        <source>Products with the most unhappy reviews</source>
        <translation>Produits ayant le plus d’avis mécontents</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>3 months before (average)</source>
        <translation>3 mois précédents (moyenne)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Mécontents</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
</context>
<context>
    <name>ReviewRequests</name>
    <message>
        <source>A review is asked for 0 to 365 days after delivery (0: never), not %1.</source>
        <translation>Un avis se demande de 0 à 365 jours après la livraison (0 : jamais), pas %1.</translation>
    </message>
    <message>
        <source>This order does not exist.</source>
        <translation>Cette commande n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Order %1&apos;s customer is not to be asked for a review: it was skipped.</source>
        <translation>Le client de la commande %1 ne doit pas être sollicité pour un avis : la demande a été écartée.</translation>
    </message>
    <message>
        <source>Order %1&apos;s customer was already asked for a review.</source>
        <translation>Un avis a déjà été demandé au client de la commande %1.</translation>
    </message>
    <message>
        <source>Order %1&apos;s customer has already written a review.</source>
        <translation>Le client de la commande %1 a déjà écrit un avis.</translation>
    </message>
    <message>
        <source>Order %1 has no email address.</source>
        <translation>La commande %1 n&apos;a pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>Order %1 is not delivered: a review is asked once the customer has it.</source>
        <translation>La commande %1 n&apos;est pas livrée : un avis se demande une fois que le client l&apos;a reçue.</translation>
    </message>
    <message>
        <source>Order %1 is being returned: its customer is not asked for a review.</source>
        <translation>La commande %1 fait l&apos;objet d&apos;un retour : on ne demande pas d&apos;avis à son client.</translation>
    </message>
    <message>
        <source>Order %1&apos;s customer was already asked for a review, or skipped.</source>
        <translation>Un avis a déjà été demandé au client de la commande %1, ou la demande a été écartée.</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Commande %1 : %2</translation>
    </message>
    <message>
        <source>The request links to your review page, but its address is not set: give it first (setting %1).</source>
        <translation>La demande renvoie à votre page d’avis, mais son adresse n’est pas indiquée : donnez-la d’abord (réglage %1).</translation>
    </message>
</context>
<context>
    <name>ReviewRequestsDialog</name>
    <message>
        <source>Ask for reviews</source>
        <translation>Demander des avis</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> days after delivery</source>
        <translation> jours après la livraison</translation>
    </message>
    <message>
        <source>https://g.page/r/…/review</source>
        <translation>https://g.page/r/…/review</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Draft the requests</source>
        <translation>Préparer les demandes</translation>
    </message>
    <message>
        <source>Write each request as a draft in its order&apos;s conversation, to read and send from the Messages page</source>
        <translation>Écrire chaque demande en brouillon dans la conversation de sa commande, à relire et envoyer depuis la page Messages</translation>
    </message>
    <message>
        <source>&amp;Ask:</source>
        <translation>&amp;Demander :</translation>
    </message>
    <message>
        <source>&amp;Review page:</source>
        <translation>Page des &amp;avis :</translation>
    </message>
    <message>
        <source>Customers are never asked for a review.</source>
        <translation>Les clients ne sont jamais sollicités pour un avis.</translation>
    </message>
    <message>
        <source>No delivered order is due for a request today.</source>
        <translation>Aucune commande livrée n’attend de demande aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered order(s) due for a request today.</source>
        <translation>
            <numerusform>%n commande livrée attend une demande aujourd’hui.</numerusform>
            <numerusform>%n commandes livrées attendent une demande aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the address of the page where customers write their review: the request links to it.</source>
        <translation>Indiquez l’adresse de la page où les clients écrivent leur avis : la demande y renvoie.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) drafted: read and send them from the Messages page (Outbox).</source>
        <translation>
            <numerusform>%n demande préparée : relisez-la et envoyez-la depuis la page Messages (À envoyer).</numerusform>
            <numerusform>%n demandes préparées : relisez-les et envoyez-les depuis la page Messages (À envoyer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not drafted: %1</source>
        <translation>Non préparées : %1</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>The shop</source>
        <translation>La boutique</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified buyer</source>
        <translation>Acheteur vérifié</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, sur %2</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <source>Judge.me</source>
        <translation>Judge.me</translation>
    </message>
    <message>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation>Retard de livraison</translation>
    </message>
    <message>
        <source>Damaged parcel</source>
        <translation>Colis abîmé</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>Qualité du produit</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Pas comme décrit</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>This review does not exist.</source>
        <translation>Cet avis n’existe pas.</translation>
    </message>
    <message>
        <source>The rating must be 1 to 5 stars, not %1.</source>
        <translation>La note doit aller de 1 à 5 étoiles, pas %1.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The review needs the day it was written.</source>
        <translation>L’avis doit avoir sa date d’écriture.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The review has no title, no text and no author: there is nothing to keep.</source>
        <translation>L’avis n’a ni titre, ni texte, ni auteur : il n’y a rien à garder.</translation>
    </message>
    <message>
        <source>The reply is %1 characters long; %2 at most.</source>
        <translation>La réponse fait %1 caractères ; %2 au plus.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>La commande %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not save the review.</source>
        <translation>Impossible d’enregistrer l’avis.</translation>
    </message>
    <message>
        <source>This order does not exist.</source>
        <translation>Cette commande n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>To answer</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Mécontents</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>All (this product)</source>
        <translation>Tous (ce produit)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>verified buyer</source>
        <translation>acheteur vérifié</translation>
    </message>
    <message>
        <source>Answered on %1</source>
        <translation>Répondu le %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produit : %1</translation>
    </message>
    <message>
        <source>A review of the shop</source>
        <translation>Un avis sur la boutique</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>parcel damaged</source>
        <translation>colis abîmé</translation>
    </message>
    <message numerus="yes">
        <source>parcel delivered %n day(s) late</source>
        <translation>
            <numerusform>colis livré avec %n jour de retard</numerusform>
            <numerusform>colis livré avec %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>parcel: %1</source>
        <translation>colis : %1</translation>
    </message>
    <message>
        <source>parcel delivered on time</source>
        <translation>colis livré à temps</translation>
    </message>
    <message>
        <source>parcel on its way</source>
        <translation>colis en route</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>write to the customer</source>
        <translation>écrire au client</translation>
    </message>
    <message>
        <source>no order found</source>
        <translation>aucune commande trouvée</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Photos :</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggérée)</translation>
    </message>
    <message>
        <source>Suggested from the review&apos;s words: tick or untick it to decide (Alt+%1)</source>
        <translation>Suggérée d’après les mots de l’avis : cochez ou décochez pour décider (Alt+%1)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Insert a template…</source>
        <translation>Insérer un modèle…</translation>
    </message>
    <message>
        <source>%1 (fits this review)</source>
        <translation>%1 (convient à cet avis)</translation>
    </message>
    <message>
        <source>Nothing to fill in for: %1. Check the reply before saving it.</source>
        <translation>Rien à mettre pour : %1. Vérifiez la réponse avant de l’enregistrer.</translation>
    </message>
    <message>
        <source>%L1 / %L2 characters</source>
        <translation>%L1 / %L2 caractères</translation>
    </message>
    <message>
        <source>Reply saved. It is published with the next export to %1.</source>
        <translation>Réponse enregistrée. Elle sera publiée au prochain export vers %1.</translation>
    </message>
    <message>
        <source>Could not open the photo %1.</source>
        <translation>Impossible d’ouvrir la photo %1.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Every cause</source>
        <translation>Toutes les causes</translation>
    </message>
    <message>
        <source>Search words, authors, order numbers (Ctrl+F)</source>
        <translation>Chercher des mots, des auteurs, des numéros de commande (Ctrl+F)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Causes:</source>
        <translation>Causes :</translation>
    </message>
    <message>
        <source>No review to show. Reviews come from an import (Judge.me, Trustpilot, WooCommerce) or are typed in.</source>
        <translation>Aucun avis à afficher. Les avis viennent d’un import (Judge.me, Trustpilot, WooCommerce) ou sont saisis.</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Write the reply here (Ctrl+R), or insert the template that fits above.</source>
        <translation>Écrivez la réponse ici (Ctrl+R), ou insérez ci-dessus le modèle qui convient.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Nothing to answer (spam, a bare rating): leave the queue (Ctrl+I)</source>
        <translation>Rien à répondre (spam, une note seule) : sortir de la file (Ctrl+I)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Keep it to answer, and go to the next review</source>
        <translation>Le garder à répondre, et passer à l’avis suivant</translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Keep the reply, to publish on the review&apos;s platform, and go to the next review (Ctrl+Enter)</source>
        <translation>Garder la réponse, à publier sur la plateforme de l’avis, et passer à l’avis suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Ask for reviews…</source>
        <translation>Demander des avis…</translation>
    </message>
    <message>
        <source>Draft a request for a review to the customers delivered some days ago</source>
        <translation>Préparer une demande d’avis pour les clients livrés il y a quelques jours</translation>
    </message>
    <message>
        <source>Reviews exported by Judge.me, Trustpilot, WooCommerce or Comptoir (CSV)</source>
        <translation>Avis exportés par Judge.me, Trustpilot, WooCommerce ou Comptoir (CSV)</translation>
    </message>
    <message>
        <source>The reviews and their replies as a CSV file, for example the replies to publish</source>
        <translation>Les avis et leurs réponses dans un fichier CSV, par exemple les réponses à publier</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The keychain refused access to Comptoir&apos;s secrets.</source>
        <translation>Le trousseau a refusé l&apos;accès aux secrets de Comptoir.</translation>
    </message>
    <message>
        <source>The keychain could not remove the secret.</source>
        <translation>Le trousseau n&apos;a pas pu supprimer le secret.</translation>
    </message>
    <message>
        <source>The keychain could not be reached: %1</source>
        <translation>Le trousseau est injoignable : %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Choose the shop logo</source>
        <translation>Choisir le logo de la boutique</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>%1: this image cannot be read (%2).</source>
        <translation>%1 : impossible de lire cette image (%2).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nom de la boutique :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address &amp;line 2:</source>
        <translation>&amp;Complément d’adresse :</translation>
    </message>
    <message>
        <source>&amp;Postcode and city:</source>
        <translation>Code &amp;postal et ville :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>N° de T&amp;VA :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>&amp;Daily backups to keep:</source>
        <translation>&amp;Sauvegardes quotidiennes à conserver :</translation>
    </message>
    <message>
        <source>Shop identity (printed on packing slips)</source>
        <translation>Identité de la boutique (imprimée sur les bons de livraison)</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>e.g. FR40303265045</source>
        <translation>ex. FR40303265045</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Enregistrer les paramètres (Ctrl+S)</translation>
    </message>
    <message>
        <source>Counter sales now take stock from “%1”.</source>
        <translation>Les ventes en boutique prennent désormais leur stock dans « %1 ».</translation>
    </message>
    <message>
        <source>Add a stock location</source>
        <translation>Ajouter un emplacement de stock</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Stockroom, Market stall</source>
        <translation>par ex. Réserve, Stand du marché</translation>
    </message>
    <message>
        <source>&amp;Sold online: its stock is offered on your website</source>
        <translation>&amp;Vendu en ligne : son stock est proposé sur votre site web</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Location “%1” added.</source>
        <translation>Emplacement « %1 » ajouté.</translation>
    </message>
    <message>
        <source>Location “%1” removed.</source>
        <translation>Emplacement « %1 » retiré.</translation>
    </message>
    <message>
        <source>Counter sales take stock &amp;from:</source>
        <translation>Les ventes en &amp;boutique prennent leur stock dans :</translation>
    </message>
    <message>
        <source>Stock locations</source>
        <translation>Emplacements de stock</translation>
    </message>
    <message>
        <source>Add locat&amp;ion…</source>
        <translation>Ajouter un e&amp;mplacement…</translation>
    </message>
    <message>
        <source>Add a stock location (Insert)</source>
        <translation>Ajouter un emplacement de stock (Inser)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>Remove the selected location (Delete); only one where stock was never kept can be removed</source>
        <translation>Retirer l’emplacement sélectionné (Suppr) ; seul un emplacement qui n’a jamais contenu de stock peut être retiré</translation>
    </message>
    <message>
        <source>Stock in a location marked “Sold online” is offered on your website. Untick the shop counter to keep its stock for walk-in customers only. Changes to locations are saved at once; F2 renames, Space ticks or unticks.</source>
        <translation>Le stock d’un emplacement coché « Vendu en ligne » est proposé sur votre site web. Décochez la boutique pour garder son stock aux seuls clients qui viennent sur place. Les modifications des emplacements sont enregistrées aussitôt ; F2 renomme, Espace coche ou décoche.</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>Re&amp;turn instructions:</source>
        <translation>Instr&amp;uctions de retour :</translation>
    </message>
    <message>
        <source>Documents: packing slips and pick lists</source>
        <translation>Documents : bons de livraison et listes de préparation</translation>
    </message>
    <message>
        <source>The paper packing slips and pick lists are printed on, or laid out for in a PDF</source>
        <translation>Le papier sur lequel s’impriment les bons de livraison et les listes de préparation, ou pour lequel ils sont mis en page dans un PDF</translation>
    </message>
    <message>
        <source>Show pri&amp;ces on packing slips</source>
        <translation>Afficher les pri&amp;x sur les bons de livraison</translation>
    </message>
    <message>
        <source>Unit prices, line totals, shipping, discount and total. Labels usually leave them out; so do shops that ship gifts.</source>
        <translation>Prix unitaires, totaux des lignes, livraison, remise et total. Les étiquettes s’en passent d’habitude, comme les boutiques qui expédient des cadeaux.</translation>
    </message>
    <message>
        <source>Printed at the foot of every packing slip, at most %1 characters. Leave it empty to print the text shown in grey.</source>
        <translation>Imprimées au bas de chaque bon de livraison, %1 caractères au plus. Laissez vide pour imprimer le texte affiché en gris.</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Transporteurs</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
</context>
<context>
    <name>Shipments</name>
    <message>
        <source>Label created</source>
        <translation>Étiquette créée</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En cours de livraison</translation>
    </message>
    <message>
        <source>Awaiting pickup</source>
        <translation>En attente de retrait</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Échec de livraison</translation>
    </message>
    <message>
        <source>Carrier reports a problem</source>
        <translation>Incident signalé par le transporteur</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Retourné à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>No problem</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Possibly lost</source>
        <translation>Peut-être perdu</translation>
    </message>
    <message>
        <source>Delivered, not received</source>
        <translation>Livré, non reçu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>This parcel does not exist.</source>
        <translation>Ce colis n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Give the date and time of the tracking event.</source>
        <translation>Indiquez la date et l&apos;heure de l&apos;événement de suivi.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>A tracking event cannot be in the future (%1).</source>
        <translation>Un événement de suivi ne peut pas être dans le futur (%1).</translation>
    </message>
    <message>
        <source>Could not read the parcel&apos;s tracking events.</source>
        <translation>Impossible de lire les événements de suivi du colis.</translation>
    </message>
    <message>
        <source>Delivered, says the carrier&apos;s tracking.</source>
        <translation>Livré, d&apos;après le suivi du transporteur.</translation>
    </message>
    <message>
        <source>Could not save the parcel.</source>
        <translation>Impossible d&apos;enregistrer le colis.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>The parcel of order %1 is not delivered yet: wait for it, or follow it up with the carrier.</source>
        <translation>Le colis de la commande %1 n&apos;est pas encore livré : attendez-le, ou relancez le transporteur.</translation>
    </message>
    <message>
        <source>Say what was done (reshipped, refunded, claim filed…).</source>
        <translation>Indiquez ce qui a été fait (renvoyé, remboursé, réclamation déposée…).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Could not save the expected delivery day.</source>
        <translation>Impossible d&apos;enregistrer la date de livraison prévue.</translation>
    </message>
    <message>
        <source>Could not read the parcels.</source>
        <translation>Impossible de lire les colis.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>The weight cannot be negative.</source>
        <translation>Le poids ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>The shipping cost cannot be negative.</source>
        <translation>Le coût d&apos;expédition ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1 is not one of the shop&apos;s carriers: pick one from the list, or add it in Settings ▸ Carriers.</source>
        <translation>%1 n&apos;est pas un des transporteurs de la boutique : choisissez-en un dans la liste, ou ajoutez-le dans Paramètres ▸ Transporteurs.</translation>
    </message>
    <message>
        <source>Which carrier? %1 has the shape of none of the shop&apos;s carriers&apos; numbers.</source>
        <translation>Quel transporteur ? %1 n&apos;a la forme des numéros d&apos;aucun transporteur de la boutique.</translation>
    </message>
    <message>
        <source>%1 has no service called %2.</source>
        <translation>%1 n&apos;a pas de service nommé %2.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1 is already the tracking number of a parcel of order %2: was it scanned twice?</source>
        <translation>%1 est déjà le numéro de suivi d&apos;un colis de la commande %2 : a-t-il été scanné deux fois ?</translation>
    </message>
    <message>
        <source>Pick the parcel&apos;s carrier.</source>
        <translation>Choisissez le transporteur du colis.</translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <source>Show parcels: %1</source>
        <translation>Afficher les colis : %1</translation>
    </message>
    <message>
        <source>All problems %1</source>
        <translation>Tous les problèmes %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tracking event added.</source>
        <translation>Événement de suivi ajouté.</translation>
    </message>
    <message>
        <source>This event was already recorded.</source>
        <translation>Cet événement était déjà enregistré.</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <source>What was done (parcel sent again, refund, claim…):</source>
        <translation>Ce qui a été fait (colis renvoyé, remboursement, réclamation…) :</translation>
    </message>
    <message>
        <source>Parcel marked handled.</source>
        <translation>Colis marqué comme traité.</translation>
    </message>
    <message>
        <source>Customer says not received</source>
        <translation>Le client dit ne pas l&apos;avoir reçu</translation>
    </message>
    <message>
        <source>What the customer says:</source>
        <translation>Ce que dit le client :</translation>
    </message>
    <message>
        <source>Parcel marked not received.</source>
        <translation>Colis marqué comme non reçu.</translation>
    </message>
    <message>
        <source>Every parcel needing attention (Alt+1)</source>
        <translation>Tous les colis à surveiller (Alt+1)</translation>
    </message>
    <message>
        <source>Only these parcels (Alt+%1)</source>
        <translation>Seulement ces colis (Alt+%1)</translation>
    </message>
    <message>
        <source>Open carrier page</source>
        <translation>Ouvrir la page du transporteur</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking page of the parcel, in the browser (Ctrl+O in the list)</source>
        <translation>La page de suivi du colis chez le transporteur, dans le navigateur (Ctrl+O dans la liste)</translation>
    </message>
    <message>
        <source>Add tracking event…</source>
        <translation>Ajouter un événement de suivi…</translation>
    </message>
    <message>
        <source>Record what the carrier says about the parcel (Ctrl+E)</source>
        <translation>Noter ce que dit le transporteur sur le colis (Ctrl+E)</translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation>Marquer comme traité…</translation>
    </message>
    <message>
        <source>Say what was done: the parcel leaves the list (Ctrl+H)</source>
        <translation>Dire ce qui a été fait : le colis quitte la liste (Ctrl+H)</translation>
    </message>
    <message>
        <source>Customer says not received…</source>
        <translation>Le client dit ne pas l&apos;avoir reçu…</translation>
    </message>
    <message>
        <source>The carrier says delivered, the customer has nothing</source>
        <translation>Le transporteur dit livré, le client n&apos;a rien reçu</translation>
    </message>
    <message>
        <source>No parcel needs attention.</source>
        <translation>Aucun colis ne demande d&apos;attention.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>Dernières nouvelles</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Client prévenu</translation>
    </message>
    <message>
        <source>Parcels needing attention</source>
        <translation>Colis à surveiller</translation>
    </message>
    <message>
        <source>Tell the customer…</source>
        <translation>Prévenir le client…</translation>
    </message>
    <message>
        <source>Write to the customer about this parcel&apos;s problem, from its template (Ctrl+T)</source>
        <translation>Écrire au client au sujet du problème de ce colis, à partir de son modèle (Ctrl+T)</translation>
    </message>
    <message>
        <source>No La Poste API key is set for this shop: enter it in Settings ▸ Carriers to fetch the tracking of Colissimo, Chronopost and Lettre suivie parcels.</source>
        <translation>Aucune clé d&apos;API La Poste n&apos;est enregistrée pour cette boutique : saisissez-la dans Paramètres ▸ Transporteurs pour récupérer le suivi des colis Colissimo, Chronopost et Lettre suivie.</translation>
    </message>
    <message>
        <source>Open Settings ▸ Carriers</source>
        <translation>Ouvrir Paramètres ▸ Transporteurs</translation>
    </message>
    <message>
        <source>Tracking refresh stopped: %1 (%2)</source>
        <translation>Actualisation du suivi arrêtée : %1 (%2)</translation>
    </message>
    <message>
        <source>Tracking refresh cancelled: %1.</source>
        <translation>Actualisation du suivi annulée : %1.</translation>
    </message>
    <message>
        <source>No parcel on its way is tracked by La Poste: nothing to refresh.</source>
        <translation>Aucun colis en route n&apos;est suivi par La Poste : rien à actualiser.</translation>
    </message>
    <message>
        <source>Tracking refreshed: %1.</source>
        <translation>Suivi actualisé : %1.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Import tracking numbers…</source>
        <translation>Importer des numéros de suivi…</translation>
    </message>
    <message>
        <source>Ship orders from the CSV file of a label tool: order number and tracking number on each line</source>
        <translation>Expédier des commandes depuis le fichier CSV d&apos;un outil d&apos;étiquettes : numéro de commande et numéro de suivi sur chaque ligne</translation>
    </message>
    <message>
        <source>Import carrier events…</source>
        <translation>Importer des événements transporteur…</translation>
    </message>
    <message>
        <source>Record the tracking events of a carrier&apos;s CSV export</source>
        <translation>Enregistrer les événements de suivi de l&apos;export CSV d&apos;un transporteur</translation>
    </message>
    <message>
        <source>Refresh tracking</source>
        <translation>Actualiser le suivi</translation>
    </message>
    <message>
        <source>Fetch the tracking of the parcels on their way from La Poste (F5)</source>
        <translation>Récupérer le suivi des colis en route auprès de La Poste (F5)</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé : %1</translation>
    </message>
</context>
<context>
    <name>ShopCheck</name>
    <message>
        <source>on-hand stock is %1 but the stock ledger adds up to %2</source>
        <translation>le stock physique est de %1 mais le registre de stock totalise %2</translation>
    </message>
    <message>
        <source>the stock ledger adds up to %1 but there is no stock level row (expected %2)</source>
        <translation>le registre de stock totalise %1 mais il n’y a pas de ligne de niveau de stock (attendu : %2)</translation>
    </message>
    <message>
        <source>total on-hand stock is %1 but its locations add up to %2</source>
        <translation>le stock physique total est de %1 mais ses emplacements totalisent %2</translation>
    </message>
    <message>
        <source>reserved stock is %1 but its locations add up to %2</source>
        <translation>le stock réservé est de %1 mais ses emplacements totalisent %2</translation>
    </message>
    <message>
        <source>the subtotal is %1 (minor units) but the lines add up to %2</source>
        <translation>le sous-total est de %1 (en centimes) mais les lignes totalisent %2</translation>
    </message>
    <message>
        <source>the item count is %1 but the lines add up to %2</source>
        <translation>le nombre d’articles est de %1 mais les lignes totalisent %2</translation>
    </message>
    <message>
        <source>the total is %1 (minor units) but subtotal + shipping − discount is %2</source>
        <translation>le total est de %1 (en centimes) mais sous-total + livraison − remise donne %2</translation>
    </message>
    <message>
        <source>the line total is %1 but quantity × unit price is %2</source>
        <translation>le total de la ligne est de %1 mais quantité × prix unitaire donne %2</translation>
    </message>
    <message>
        <source>Checking the file structure</source>
        <translation>Vérification de la structure du fichier</translation>
    </message>
    <message>
        <source>Checking links between records</source>
        <translation>Vérification des liens entre les enregistrements</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>refers to a missing row of %1</source>
        <translation>renvoie à une ligne absente de %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification : %1</translation>
    </message>
    <message>
        <source>the variant lists its supplier as “%1” but the supplier is named “%2”</source>
        <translation>la variante indique le fournisseur « %1 » mais le fournisseur s’appelle « %2 »</translation>
    </message>
    <message>
        <source>reserved stock is %1 but open orders hold %2</source>
        <translation>le stock réservé est de %1 mais les commandes en cours en retiennent %2</translation>
    </message>
    <message>
        <source>open orders hold %1 but there is no stock level row (expected %2)</source>
        <translation>les commandes en cours retiennent %1 mais il n’y a pas de ligne de niveau de stock (attendu %2)</translation>
    </message>
    <message>
        <source>the order is %1 but still holds stock (only %2 orders may)</source>
        <translation>la commande est « %1 » mais retient encore du stock (seules les commandes « %2 » le peuvent)</translation>
    </message>
    <message>
        <source>the line holds %1 in stock but orders only %2 of its product</source>
        <translation>la ligne retient %1 en stock mais ne commande que %2 de son produit</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>A VAT number starts with two country letters followed by 2 to 13 letters or digits, e.g. FR40303265045.</source>
        <translation>Un numéro de TVA commence par les deux lettres du pays, suivies de 2 à 13 lettres ou chiffres, par ex. FR40303265045.</translation>
    </message>
    <message>
        <source>A French VAT number is FR, a 2-character key and the 9-digit SIREN.</source>
        <translation>Un numéro de TVA français se compose de FR, d’une clé de 2 caractères et du SIREN à 9 chiffres.</translation>
    </message>
    <message>
        <source>The key of this French VAT number does not match its SIREN; check for a typo.</source>
        <translation>La clé de ce numéro de TVA français ne correspond pas à son SIREN ; vérifiez qu’il n’y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>La boutique doit avoir un nom.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>Unknown currency code.</source>
        <translation>Code de devise inconnu.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Choose a country.</source>
        <translation>Choisissez un pays.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>The shop settings could not be saved.</source>
        <translation>Les paramètres de la boutique n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>Comptoir speaks English and French.</source>
        <translation>Comptoir parle anglais et français.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ShopifyRowReader</name>
    <message>
        <source>every line needs the handle of its product.</source>
        <translation>chaque ligne a besoin du handle de son produit.</translation>
    </message>
    <message>
        <source>“%1” is not a status: active, draft or archived.</source>
        <translation>« %1 » n’est pas un statut : active, draft ou archived.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail has no recipient.</source>
        <translation>Le message n&apos;a pas de destinataire.</translation>
    </message>
    <message>
        <source>“%1” is not a mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse de messagerie.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the recipient %2, so the mail was not sent to anyone: check the address.</source>
        <translation>Le serveur de messagerie %1 a refusé le destinataire %2, donc le message n&apos;a été envoyé à personne : vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The mail server %1 asks for a user name and password before sending: set them in the mail settings.</source>
        <translation>Le serveur de messagerie %1 demande un nom d&apos;utilisateur et un mot de passe avant l&apos;envoi : indiquez-les dans les réglages de messagerie.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the sender address %2: check that this account may send as this address.</source>
        <translation>Le serveur de messagerie %1 a refusé l&apos;adresse d&apos;expéditeur %2 : vérifiez que ce compte peut envoyer avec cette adresse.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message, so it was not sent.</source>
        <translation>Le serveur de messagerie %1 a refusé le message, donc il n&apos;a pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database refused a request.</source>
        <translation>La base de données a refusé une requête.</translation>
    </message>
</context>
<context>
    <name>StockChangeDialog</name>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>Change stock – %1</source>
        <translation>Modifier le stock – %1</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Réception de marchandise</translation>
    </message>
    <message>
        <source>Customer return put back on the shelf</source>
        <translation>Retour client remis en rayon</translation>
    </message>
    <message>
        <source>Remove: damaged, lost or stolen</source>
        <translation>Retrait : abîmé, perdu ou volé</translation>
    </message>
    <message>
        <source>Correct by a quantity (+ or −)</source>
        <translation>Correction d’une quantité (+ ou −)</translation>
    </message>
    <message>
        <source>Set the quantity counted on the shelf</source>
        <translation>Quantité comptée en rayon</translation>
    </message>
    <message>
        <source>Transfer to another location</source>
        <translation>Transfert vers un autre emplacement</translation>
    </message>
    <message>
        <source>Why, e.g. “box crushed by the carrier”, “delivery note 4411”</source>
        <translation>Pourquoi, p. ex. « carton écrasé par le transporteur », « bon de livraison 4411 »</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Opération :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Quantity (+/−):</source>
        <translation>&amp;Quantité (+/−) :</translation>
    </message>
    <message>
        <source>&amp;Quantity counted:</source>
        <translation>&amp;Quantité comptée :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
</context>
<context>
    <name>StockCounts</name>
    <message>
        <source>The stock counts could not be read.</source>
        <translation>Les comptages de stock n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>%1 of %2 at %3 are reserved for orders: the count cannot be below that.</source>
        <translation>%1 de %2 à %3 sont réservés pour des commandes : le comptage ne peut pas être inférieur.</translation>
    </message>
</context>
<context>
    <name>StockExcessView</name>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with more than %1 days of stock</source>
        <translation>
            <numerusform>%n produit avec plus de %1 jours de stock</numerusform>
            <numerusform>%n produits avec plus de %1 jours de stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in stock without a sale for %1 days</source>
        <translation>
            <numerusform>%n produit en stock sans vente depuis %1 jours</numerusform>
            <numerusform>%n produits en stock sans vente depuis %1 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 units, %2 at cost</source>
        <translation>%1 unités, %2 au coût d’achat</translation>
    </message>
    <message>
        <source>the %1 tying up the most money are listed</source>
        <translation>les %1 qui immobilisent le plus d’argent sont listés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Sold per day</source>
        <translation>Ventes par jour</translation>
    </message>
    <message>
        <source>Days of stock</source>
        <translation>Jours de stock</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Dernière vente</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Valeur au coût d’achat</translation>
    </message>
    <message>
        <source>Overstock</source>
        <translation>Surstock</translation>
    </message>
    <message>
        <source>Dead stock</source>
        <translation>Stock dormant</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Retour client</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Damaged or lost</source>
        <translation>Abîmé ou perdu</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>The quantity cannot be zero.</source>
        <translation>La quantité ne peut pas être nulle.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>This product variant does not exist.</source>
        <translation>Cette variante de produit n’existe pas.</translation>
    </message>
    <message>
        <source>This stock location does not exist.</source>
        <translation>Cet emplacement de stock n’existe pas.</translation>
    </message>
    <message>
        <source>Only %1 of %2 in stock at %3: cannot remove %4.</source>
        <translation>Seulement %1 × %2 en stock à %3 : impossible d’en retirer %4.</translation>
    </message>
    <message>
        <source>%1 of %2 at %3 are reserved for orders: at most %4 can be removed.</source>
        <translation>%1 × %2 à %3 sont réservés pour des commandes : au plus %4 peuvent être retirés.</translation>
    </message>
    <message>
        <source>Use a transfer to move stock between locations.</source>
        <translation>Utilisez un transfert pour déplacer du stock entre emplacements.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation>Une quantité comptée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Choose two different locations.</source>
        <translation>Choisissez deux emplacements différents.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Transfer a positive quantity.</source>
        <translation>Transférez une quantité positive.</translation>
    </message>
    <message>
        <source>Say why the stock changes: a note is required for corrections and write-offs.</source>
        <translation>Indiquez pourquoi le stock change : une note est obligatoire pour les corrections et les pertes.</translation>
    </message>
    <message>
        <source>Only %1 of %2 available at %3: cannot reserve %4.</source>
        <translation>Seulement %1 × %2 disponible(s) à %3 : impossible d’en réserver %4.</translation>
    </message>
    <message>
        <source>The stock reservations are inconsistent.</source>
        <translation>Les réservations de stock sont incohérentes.</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Select a product to see its stock.</source>
        <translation>Sélectionnez un produit pour voir son stock.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Latest stock movements</source>
        <translation>Derniers mouvements de stock</translation>
    </message>
    <message>
        <source>C&amp;hange stock…</source>
        <translation>&amp;Modifier le stock…</translation>
    </message>
    <message>
        <source>Receive, remove, correct, count or transfer stock (Ctrl+Shift+S)</source>
        <translation>Réceptionner, retirer, corriger, compter ou transférer du stock (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Stock per location</source>
        <translation>Stock par emplacement</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Mouvements de stock</translation>
    </message>
</context>
<context>
    <name>StockTakeLineModel</name>
    <message>
        <source>%1 when the count started</source>
        <translation>%1 au début du comptage</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Casier</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>« %1 » n’est pas un nombre entier.</translation>
    </message>
</context>
<context>
    <name>StockTakes</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Choose the location to count.</source>
        <translation>Choisissez l’emplacement à compter.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>This category does not exist.</source>
        <translation>Cette catégorie n’existe pas.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>The first bin comes after the last one.</source>
        <translation>Le premier casier vient après le dernier.</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>Casiers</translation>
    </message>
    <message>
        <source>bins %1 to %2</source>
        <translation>casiers %1 à %2</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Listing what to count</source>
        <translation>Liste de ce qu’il faut compter</translation>
    </message>
    <message>
        <source>Could not start the stock take.</source>
        <translation>Impossible de commencer l’inventaire.</translation>
    </message>
    <message>
        <source>This stock take does not exist.</source>
        <translation>Cet inventaire n’existe pas.</translation>
    </message>
    <message>
        <source>This product is not part of the stock take.</source>
        <translation>Ce produit ne fait pas partie de l’inventaire.</translation>
    </message>
    <message>
        <source>%1 is closed: start a new stock take to count again.</source>
        <translation>%1 est clos : commencez un nouvel inventaire pour compter à nouveau.</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation>Une quantité comptée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU.</source>
        <translation>Scannez un code-barres ou tapez une référence.</translation>
    </message>
    <message>
        <source>No product has the barcode or SKU “%1”.</source>
        <translation>Aucun produit n’a le code-barres ou la référence « %1 ».</translation>
    </message>
    <message>
        <source>Nothing was counted yet.</source>
        <translation>Rien n’a encore été compté.</translation>
    </message>
    <message>
        <source>Stock take %1</source>
        <translation>Inventaire %1</translation>
    </message>
    <message>
        <source>Applying the counts</source>
        <translation>Application des comptages</translation>
    </message>
</context>
<context>
    <name>StockTakesView</name>
    <message>
        <source>Cancel the stock take</source>
        <translation>Annuler l’inventaire</translation>
    </message>
    <message>
        <source>Forget the counts of this stock take? The stock stays as it is.</source>
        <translation>Oublier les comptages de cet inventaire ? Le stock reste tel quel.</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>No stock take yet. Start one to count a location, a category or a range of bins.</source>
        <translation>Aucun inventaire pour l’instant. Commencez-en un pour compter un emplacement, une catégorie ou une plage de casiers.</translation>
    </message>
    <message>
        <source>%1 of %2 counted · %3 with a variance (+%4 / −%5 units) · %6 at cost</source>
        <translation>%1 sur %2 comptés · %3 avec un écart (+%4 / −%5 unités) · %6 au coût d’achat</translation>
    </message>
    <message>
        <source>New stock take</source>
        <translation>Nouvel inventaire</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>first bin, e.g. A-01</source>
        <translation>premier casier, par ex. A-01</translation>
    </message>
    <message>
        <source>last bin, e.g. A-24</source>
        <translation>dernier casier, par ex. A-24</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;From bin:</source>
        <translation>&amp;Du casier :</translation>
    </message>
    <message>
        <source>&amp;To bin:</source>
        <translation>&amp;Au casier :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Start counting</source>
        <translation>&amp;Commencer le comptage</translation>
    </message>
    <message>
        <source>Everything in the location that matches is listed with its stock now; scan or type what you find. You can leave and come back later.</source>
        <translation>Tout ce qui correspond dans l’emplacement est listé avec son stock actuel ; scannez ou saisissez ce que vous trouvez. Vous pouvez interrompre et reprendre plus tard.</translation>
    </message>
    <message>
        <source>Stock take started: scan or type what you count.</source>
        <translation>Inventaire commencé : scannez ou saisissez ce que vous comptez.</translation>
    </message>
    <message>
        <source>%1: %2 counted</source>
        <translation>%1 : %2 comptés</translation>
    </message>
    <message>
        <source>Set the stock of %1 lines to what was counted, and of the %2 lines not counted to zero?</source>
        <translation>Mettre le stock de %1 lignes à ce qui a été compté, et celui des %2 lignes non comptées à zéro ?</translation>
    </message>
    <message>
        <source>Set the stock of the %1 counted lines to what was counted? Lines not counted stay as they are.</source>
        <translation>Mettre le stock des %1 lignes comptées à ce qui a été compté ? Les lignes non comptées restent telles quelles.</translation>
    </message>
    <message>
        <source>Apply the stock take</source>
        <translation>Appliquer l’inventaire</translation>
    </message>
    <message numerus="yes">
        <source>Stock take applied: %n stock correction(s) written.</source>
        <translation>
            <numerusform>Inventaire appliqué : %n correction de stock enregistrée.</numerusform>
            <numerusform>Inventaire appliqué : %n corrections de stock enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>New stock take…</source>
        <translation>Nouvel inventaire…</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Pas encore comptées</translation>
    </message>
    <message>
        <source>Variances</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Which lines</source>
        <translation>Quelles lignes</translation>
    </message>
    <message>
        <source>Stock take</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then Enter: one more counted</source>
        <translation>Scannez un code-barres ou tapez une référence, puis Entrée : un de plus compté</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Lines not counted are &amp;empty</source>
        <translation>Les lignes non comptées sont &amp;vides</translation>
    </message>
    <message>
        <source>&amp;Apply the counts…</source>
        <translation>&amp;Appliquer les comptages…</translation>
    </message>
    <message>
        <source>Lines of the stock take</source>
        <translation>Lignes de l’inventaire</translation>
    </message>
</context>
<context>
    <name>Supplier</name>
    <message>
        <source>This supplier does not exist.</source>
        <translation>Ce fournisseur n’existe pas.</translation>
    </message>
    <message>
        <source>Give the supplier a name.</source>
        <translation>Donnez un nom au fournisseur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>A lead time is between 0 and 365 days.</source>
        <translation>Un délai d’approvisionnement est compris entre 0 et 365 jours.</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai d’approvisionnement</translation>
    </message>
    <message>
        <source>A minimum order cannot be negative.</source>
        <translation>Un minimum de commande ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Minimum de commande</translation>
    </message>
    <message>
        <source>Another supplier is already called “%1”.</source>
        <translation>Un autre fournisseur s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Could not save the supplier.</source>
        <translation>Impossible d’enregistrer le fournisseur.</translation>
    </message>
</context>
<context>
    <name>SuppliersView</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>Minimum order: %1</source>
        <translation>Minimum de commande : %1</translation>
    </message>
    <message>
        <source>Supplier %1 saved.</source>
        <translation>Fournisseur %1 enregistré.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Délai d’approvisionnement :</translation>
    </message>
    <message>
        <source>&amp;Minimum order:</source>
        <translation>&amp;Minimum de commande :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>From ordering to goods on the shelf; a product can say otherwise.</source>
        <translation>De la commande à la marchandise en rayon ; un produit peut en indiquer un autre.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Archived: no longer ordered from</source>
        <translation>Archivé : on ne lui commande plus</translation>
    </message>
    <message>
        <source>Show archived suppliers</source>
        <translation>Afficher les fournisseurs archivés</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>The customer&apos;s first name</source>
        <translation>Le prénom du client</translation>
    </message>
    <message>
        <source>The customer&apos;s last name</source>
        <translation>Le nom de famille du client</translation>
    </message>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>Le nom complet du client</translation>
    </message>
    <message>
        <source>The customer&apos;s email address</source>
        <translation>L&apos;adresse e-mail du client</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>Le numéro de commande</translation>
    </message>
    <message>
        <source>The day the order was placed</source>
        <translation>Le jour de la commande</translation>
    </message>
    <message>
        <source>The order&apos;s total, with its currency</source>
        <translation>Le total de la commande, avec sa devise</translation>
    </message>
    <message>
        <source>The items ordered, one per line</source>
        <translation>Les articles commandés, un par ligne</translation>
    </message>
    <message>
        <source>The delivery address, on several lines</source>
        <translation>L&apos;adresse de livraison, sur plusieurs lignes</translation>
    </message>
    <message>
        <source>The parcel&apos;s tracking number</source>
        <translation>Le numéro de suivi du colis</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking page for the parcel</source>
        <translation>La page de suivi du colis chez le transporteur</translation>
    </message>
    <message>
        <source>The carrier&apos;s name</source>
        <translation>Le nom du transporteur</translation>
    </message>
    <message>
        <source>The day the parcel left</source>
        <translation>Le jour du départ du colis</translation>
    </message>
    <message>
        <source>The day the parcel is expected</source>
        <translation>Le jour de livraison prévu</translation>
    </message>
    <message>
        <source>The shop&apos;s name</source>
        <translation>Le nom de la boutique</translation>
    </message>
    <message>
        <source>The shop&apos;s email address</source>
        <translation>L&apos;adresse e-mail de la boutique</translation>
    </message>
    <message>
        <source>The shop&apos;s phone number</source>
        <translation>Le téléphone de la boutique</translation>
    </message>
    <message>
        <source>“{{” is not closed: a placeholder is written {{order.number}}, on one line.</source>
        <translation>« {{ » n&apos;est pas fermé : un champ s&apos;écrit {{order.number}}, sur une seule ligne.</translation>
    </message>
    <message>
        <source>{{%1}} is not a placeholder Comptoir knows: pick one from the list (for instance {{customer.first_name}} or {{order.number}}).</source>
        <translation>{{%1}} n&apos;est pas un champ que Comptoir connaît : choisissez-en un dans la liste (par exemple {{customer.first_name}} ou {{order.number}}).</translation>
    </message>
    <message>
        <source>There is no message template “%1” in this language.</source>
        <translation>Il n&apos;y a pas de modèle de message « %1 » dans cette langue.</translation>
    </message>
    <message>
        <source>There is no message template for this parcel problem.</source>
        <translation>Il n&apos;y a pas de modèle de message pour ce problème de colis.</translation>
    </message>
    <message>
        <source>A template&apos;s key is lower-case letters, digits, dashes and underscores, like “thank-you”.</source>
        <translation>La clé d&apos;un modèle s&apos;écrit en minuscules, chiffres, tirets et soulignés, comme « merci ».</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>“%1” is not a language of templates (fr, en).</source>
        <translation>« %1 » n&apos;est pas une langue de modèles (fr, en).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Le modèle a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The template&apos;s text is empty.</source>
        <translation>Le texte du modèle est vide.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>This parcel is not one of order %1&apos;s.</source>
        <translation>Ce colis n&apos;appartient pas à la commande %1.</translation>
    </message>
    <message>
        <source>The reviewed product&apos;s name</source>
        <translation>Le nom du produit de l’avis</translation>
    </message>
    <message>
        <source>The name the review is signed with</source>
        <translation>Le nom qui signe l’avis</translation>
    </message>
    <message>
        <source>The page where customers write a review of the shop</source>
        <translation>La page où les clients écrivent un avis sur la boutique</translation>
    </message>
</context>
<context>
    <name>TemplatesSettings</name>
    <message>
        <source>the new template</source>
        <translation>le nouveau modèle</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Enregistrer vos modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>One of Comptoir&apos;s templates, changed for the shop</source>
        <translation>Un modèle de Comptoir, modifié pour la boutique</translation>
    </message>
    <message>
        <source>One of Comptoir&apos;s templates</source>
        <translation>Un modèle de Comptoir</translation>
    </message>
    <message>
        <source>A template of the shop&apos;s own</source>
        <translation>Un modèle propre à la boutique</translation>
    </message>
    <message>
        <source>There is already a template “%1” in this language: choose another key.</source>
        <translation>Il y a déjà un modèle «&#xa0;%1&#xa0;» dans cette langue&#xa0;: choisissez une autre clé.</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Reset the template</source>
        <translation>Rétablir le modèle</translation>
    </message>
    <message>
        <source>Bring back Comptoir&apos;s version of “%1”? The shop&apos;s changes to it are lost.</source>
        <translation>Rétablir la version de Comptoir de «&#xa0;%1&#xa0;»&#xa0;? Les modifications de la boutique seront perdues.</translation>
    </message>
    <message>
        <source>“%1” is Comptoir&apos;s version again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau la version de Comptoir.</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Messages already written with it are kept.</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;? Les messages déjà écrits avec lui sont conservés.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>The shop has no order yet: the preview shows the shop&apos;s own details only.</source>
        <translation>La boutique n’a pas encore de commande&#xa0;: l’aperçu ne montre que les coordonnées de la boutique.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Il n’y a pas de commande %1.</translation>
    </message>
    <message>
        <source>Missing for this order (left empty): %1</source>
        <translation>Manquant pour cette commande (laissé vide)&#xa0;: %1</translation>
    </message>
    <message>
        <source>{{%1}} — %2</source>
        <translation>{{%1}} — %2</translation>
    </message>
    <message>
        <source>Templates in:</source>
        <translation>Modèles en&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholder:</source>
        <translation>Champ&#xa0;:</translation>
    </message>
    <message>
        <source>Preview &amp;with order:</source>
        <translation>Aperçu a&amp;vec la commande&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>Preview of the text</source>
        <translation>Aperçu du texte</translation>
    </message>
    <message>
        <source>Preview of the subject</source>
        <translation>Aperçu de l’objet</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The messages Comptoir proposes to customers: a reply, and a notice for each parcel problem. Placeholders such as {{order.number}} are filled from the order when a message is written. Templates marked “edited” are Comptoir&apos;s, changed for the shop.</source>
        <translation>Les messages que Comptoir propose d’envoyer aux clients&#xa0;: une réponse, et un avis pour chaque problème de colis. Les champs comme {{order.number}} sont remplis à partir de la commande quand un message est écrit. Les modèles marqués «&#xa0;modifié&#xa0;» sont ceux de Comptoir, modifiés pour la boutique.</translation>
    </message>
    <message>
        <source>e.g. thank-you (lower-case letters, digits, dashes)</source>
        <translation>par ex. merci (minuscules, chiffres, tirets)</translation>
    </message>
    <message>
        <source>How the template is known to Comptoir; set once, when the template is made</source>
        <translation>Le nom du modèle pour Comptoir&#xa0;; choisi une fois pour toutes, à la création du modèle</translation>
    </message>
    <message>
        <source>The most recent order</source>
        <translation>La commande la plus récente</translation>
    </message>
    <message>
        <source>The number of the order whose details fill the preview</source>
        <translation>Le numéro de la commande dont les informations remplissent l’aperçu</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Start a template of the shop&apos;s own, in the language shown</source>
        <translation>Commencer un modèle propre à la boutique, dans la langue affichée</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Bring back Comptoir&apos;s version of this template</source>
        <translation>Rétablir la version de Comptoir de ce modèle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this template of the shop&apos;s own</source>
        <translation>Supprimer ce modèle propre à la boutique</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert the placeholder at the cursor, in the subject or the text</source>
        <translation>Insérer le champ à l’emplacement du curseur, dans l’objet ou le texte</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>Enregistrer le modèle (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ThreadTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>TrackingEventImport</name>
    <message>
        <source>Reading tracking events</source>
        <translation>Lecture des événements de suivi</translation>
    </message>
    <message>
        <source>The file has no tracking events under its header.</source>
        <translation>Le fichier n&apos;a aucun événement de suivi sous son en-tête.</translation>
    </message>
    <message>
        <source>No tracking number column: name it “Tracking number” or “Numéro de suivi” (or Tracking, N° de suivi, Suivi, Numéro de colis).</source>
        <translation>Pas de colonne de numéro de suivi : nommez-la « Numéro de suivi » ou « Tracking number » (ou N° de suivi, Suivi, Numéro de colis, Tracking).</translation>
    </message>
    <message>
        <source>No status column: name it “Status” or “Statut” (or Event, Événement, État).</source>
        <translation>Pas de colonne de statut : nommez-la « Statut » ou « Status » (ou Événement, État, Event).</translation>
    </message>
    <message>
        <source>No date column: name it “Date” (or Date/time, Date et heure).</source>
        <translation>Pas de colonne de date : nommez-la « Date » (ou Date et heure, Date/time).</translation>
    </message>
    <message>
        <source>Give the status of the parcel.</source>
        <translation>Indiquez le statut du colis.</translation>
    </message>
    <message>
        <source>Comptoir does not know the status “%1”: write Delivered, In transit, Out for delivery, Delivery failed, Awaiting pickup, Returned, Damaged, Lost or Label created (or Livré, En cours d&apos;acheminement…).</source>
        <translation>Comptoir ne connaît pas le statut « %1 » : écrivez Livré, En cours d&apos;acheminement, En cours de livraison, Échec de livraison, Disponible en point de retrait, Retourné, Endommagé, Perdu ou Étiquette créée (ou Delivered, In transit…).</translation>
    </message>
    <message>
        <source>Give the date and time of the event.</source>
        <translation>Indiquez la date et l&apos;heure de l&apos;événement.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time: write it as 2026-11-20 14:03 or 20/11/2026 14:03.</source>
        <translation>« %1 » n&apos;est pas une date et une heure : écrivez-la 20/11/2026 14:03 ou 2026-11-20 14:03.</translation>
    </message>
    <message>
        <source>No parcel of the shop has the tracking number %1: import the tracking numbers first.</source>
        <translation>Aucun colis de la boutique n&apos;a le numéro de suivi %1 : importez d&apos;abord les numéros de suivi.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Déjà connu</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n nouvel événement</numerusform>
            <numerusform>%n nouveaux événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n déjà connu</numerusform>
            <numerusform>%n déjà connus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) delivered.</source>
        <translation>
            <numerusform>%n colis livré.</numerusform>
            <numerusform>%n colis livrés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingImport</name>
    <message>
        <source>Import cancelled: nothing was changed in the shop.</source>
        <translation>Import annulé : rien n&apos;a été modifié dans la boutique.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Give the tracking number.</source>
        <translation>Indiquez le numéro de suivi.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Reading tracking numbers</source>
        <translation>Lecture des numéros de suivi</translation>
    </message>
    <message>
        <source>The file has no tracking numbers under its header.</source>
        <translation>Le fichier n&apos;a aucun numéro de suivi sous son en-tête.</translation>
    </message>
    <message>
        <source>No order number column: name it “Order number” or “N° commande” (or Order, Name, Référence, Commande).</source>
        <translation>Pas de colonne de numéro de commande : nommez-la « N° commande » ou « Order number » (ou Commande, Référence, Order, Name).</translation>
    </message>
    <message>
        <source>No tracking number column: name it “Tracking number” or “Numéro de suivi” (or Tracking, N° de suivi, Suivi, Numéro de colis).</source>
        <translation>Pas de colonne de numéro de suivi : nommez-la « Numéro de suivi » ou « Tracking number » (ou N° de suivi, Suivi, Numéro de colis, Tracking).</translation>
    </message>
    <message>
        <source>Give the order number.</source>
        <translation>Indiquez le numéro de commande.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2026-11-20 or 20/11/2026.</source>
        <translation>« %1 » n&apos;est pas une date : écrivez-la 20/11/2026 ou 2026-11-20.</translation>
    </message>
    <message>
        <source>“%1” is in the future: a parcel is shipped once its label is printed.</source>
        <translation>« %1 » est dans le futur : un colis est expédié une fois son étiquette imprimée.</translation>
    </message>
    <message>
        <source>%1 is on line %2 too, for order %3: a tracking number belongs to one parcel.</source>
        <translation>%1 est aussi à la ligne %2, pour la commande %3 : un numéro de suivi appartient à un seul colis.</translation>
    </message>
    <message>
        <source>The shop has no order %1.</source>
        <translation>La boutique n&apos;a pas de commande %1.</translation>
    </message>
    <message>
        <source>Order %1 is %2: it cannot take a parcel.</source>
        <translation>La commande %1 est %2 : elle ne peut pas recevoir de colis.</translation>
    </message>
    <message>
        <source>Ship the order</source>
        <translation>Expédier la commande</translation>
    </message>
    <message>
        <source>Add a parcel</source>
        <translation>Ajouter un colis</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Déjà enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shipped</source>
        <translation>
            <numerusform>%n commande expédiée</numerusform>
            <numerusform>%n commandes expédiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) added to orders already shipped</source>
        <translation>
            <numerusform>%n colis ajouté à des commandes déjà expédiées</numerusform>
            <numerusform>%n colis ajoutés à des commandes déjà expédiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) already recorded.</source>
        <translation>
            <numerusform>%n colis déjà enregistré.</numerusform>
            <numerusform>%n colis déjà enregistrés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import tracking numbers</source>
        <translation>Importer des numéros de suivi</translation>
    </message>
    <message>
        <source>Import carrier events</source>
        <translation>Importer des événements transporteur</translation>
    </message>
    <message>
        <source>A CSV file: order number and tracking number on each line</source>
        <translation>Un fichier CSV : numéro de commande et numéro de suivi sur chaque ligne</translation>
    </message>
    <message>
        <source>A CSV file: tracking number, status and date on each line</source>
        <translation>Un fichier CSV : numéro de suivi, statut et date sur chaque ligne</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>The carrier of lines that name none</source>
        <translation>Le transporteur des lignes qui n&apos;en nomment aucun</translation>
    </message>
    <message>
        <source>What the import will do, line by line</source>
        <translation>Ce que fera l&apos;import, ligne par ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Recognised from each tracking number</source>
        <translation>Reconnu d&apos;après chaque numéro de suivi</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transporteur :</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing tracking numbers</source>
        <translation>Import des numéros de suivi</translation>
    </message>
    <message>
        <source>Importing carrier events</source>
        <translation>Import des événements transporteur</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed in the shop.</source>
        <translation>Annulé : rien n&apos;a été modifié dans la boutique.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported. Correct the file, then check it again.</source>
        <translation>
            <numerusform>%n problème trouvé : rien ne sera importé. Corrigez le fichier, puis vérifiez-le à nouveau.</numerusform>
            <numerusform>%n problèmes trouvés : rien ne sera importé. Corrigez le fichier, puis vérifiez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé : %1</translation>
    </message>
    <message>
        <source>No problem found. Apply will do this: %1</source>
        <translation>Aucun problème trouvé. Appliquer fera ceci : %1</translation>
    </message>
</context>
<context>
    <name>TrackingRefresh</name>
    <message>
        <source>The parcels&apos; tracking is already being refreshed.</source>
        <translation>Le suivi des colis est déjà en cours d&apos;actualisation.</translation>
    </message>
    <message>
        <source>No tracking service is available.</source>
        <translation>Aucun service de suivi n&apos;est disponible.</translation>
    </message>
    <message>
        <source>This parcel has no tracking number.</source>
        <translation>Ce colis n&apos;a pas de numéro de suivi.</translation>
    </message>
    <message>
        <source>%1 does not track parcels sent with %2.</source>
        <translation>%1 ne suit pas les colis envoyés avec %2.</translation>
    </message>
</context>
<context>
    <name>TrackingRefreshBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop now: the parcel being asked about is left as it was; what was fetched before is kept</source>
        <translation>Arrêter maintenant : le colis en cours d&apos;interrogation reste tel quel ; ce qui a été récupéré avant est conservé</translation>
    </message>
    <message>
        <source>Tracking refresh progress</source>
        <translation>Progression de l&apos;actualisation du suivi</translation>
    </message>
    <message>
        <source>Reading the La Poste key…</source>
        <translation>Lecture de la clé La Poste…</translation>
    </message>
    <message>
        <source>Asking La Poste: %1 of %2</source>
        <translation>Interrogation de La Poste : %1 sur %2</translation>
    </message>
    <message>
        <source>Asking La Poste…</source>
        <translation>Interrogation de La Poste…</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) checked</source>
        <translation>
            <numerusform>%n colis vérifié</numerusform>
            <numerusform>%n colis vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n nouvel événement</numerusform>
            <numerusform>%n nouveaux événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n livré</numerusform>
            <numerusform>%n livrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcels not checked</source>
        <translation>Colis non vérifiés</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>TrackingServicesSettings</name>
    <message>
        <source>Tracking services</source>
        <translation>Services de suivi</translation>
    </message>
    <message>
        <source>La Poste API &amp;key:</source>
        <translation>&amp;Clé d&apos;API La Poste :</translation>
    </message>
    <message>
        <source>The key of La Poste&apos;s “Suivi” API</source>
        <translation>La clé de l&apos;API « Suivi » de La Poste</translation>
    </message>
    <message>
        <source>La Poste API key</source>
        <translation>Clé d&apos;API La Poste</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Afficher ou masquer la clé</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Ask La Poste about a parcel with this key, to see whether it is accepted</source>
        <translation>Interroger La Poste sur un colis avec cette clé, pour voir si elle est acceptée</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keychain</source>
        <translation>Conserver la clé dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Forget the key: parcels are no longer tracked from La Poste</source>
        <translation>Oublier la clé : les colis ne sont plus suivis auprès de La Poste</translation>
    </message>
    <message>
        <source>Colissimo, Chronopost and Lettre suivie parcels are tracked with La Poste&apos;s free “Suivi” API: create an account and an application on &lt;a href=&quot;https://developer.laposte.fr&quot;&gt;developer.laposte.fr&lt;/a&gt;, subscribe it to the “Suivi” API and paste its key here. The key is kept in this computer&apos;s keychain, never in the shop file.</source>
        <translation>Les colis Colissimo, Chronopost et Lettre suivie sont suivis grâce à l&apos;API gratuite « Suivi » de La Poste : créez un compte et une application sur &lt;a href=&quot;https://developer.laposte.fr&quot;&gt;developer.laposte.fr&lt;/a&gt;, abonnez-la à l&apos;API « Suivi » et collez sa clé ici. La clé est conservée dans le trousseau de cet ordinateur, jamais dans le fichier de la boutique.</translation>
    </message>
    <message>
        <source>No keychain available on this computer: the key is kept for this session only.</source>
        <translation>Aucun trousseau disponible sur cet ordinateur : la clé n&apos;est conservée que pour cette session.</translation>
    </message>
    <message>
        <source>No La Poste key yet.</source>
        <translation>Pas encore de clé La Poste.</translation>
    </message>
    <message>
        <source>A La Poste key is saved.</source>
        <translation>Une clé La Poste est enregistrée.</translation>
    </message>
    <message>
        <source>Asking La Poste…</source>
        <translation>Interrogation de La Poste…</translation>
    </message>
    <message>
        <source>La Poste accepted the key: parcels can be tracked.</source>
        <translation>La Poste a accepté la clé : les colis peuvent être suivis.</translation>
    </message>
    <message>
        <source>La Poste refused this key: check it on developer.laposte.fr (%1).</source>
        <translation>La Poste a refusé cette clé : vérifiez-la sur developer.laposte.fr (%1).</translation>
    </message>
    <message>
        <source>The key could not be tried: %1</source>
        <translation>La clé n&apos;a pas pu être essayée : %1</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>La clé n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>La Poste key saved in the keychain.</source>
        <translation>Clé La Poste enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>La Poste key kept for this session only.</source>
        <translation>Clé La Poste conservée pour cette session seulement.</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>La clé n&apos;a pas pu être retirée : %1</translation>
    </message>
    <message>
        <source>La Poste key removed.</source>
        <translation>Clé La Poste retirée.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start writing to the database.</source>
        <translation>Impossible de commencer l’écriture dans la base de données.</translation>
    </message>
    <message>
        <source>Could not save the changes.</source>
        <translation>Impossible d’enregistrer les modifications.</translation>
    </message>
</context>
<context>
    <name>WooCommerceRowReader</name>
    <message>
        <source>“%1” is not a product type Comptoir imports: simple, variable or variation.</source>
        <translation>« %1 » n’est pas un type de produit que Comptoir importe : simple, variable ou variation.</translation>
    </message>
    <message>
        <source>a variation needs its parent product: its SKU or id:NN.</source>
        <translation>une variation a besoin de son produit parent : sa référence ou id:NN.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Comptoir, the back office of one-person online shops.</source>
        <translation>Comptoir, le back-office des boutiques en ligne tenues par une seule personne.</translation>
    </message>
    <message>
        <source>Open this shop file.</source>
        <translation>Ouvrir ce fichier de boutique.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Open the demo shop, creating it first if needed (%1).</source>
        <translation>Ouvrir la boutique de démonstration, en la créant d’abord si nécessaire (%1).</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans ce fichier PNG, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Quit once the Orders page shows its first rows (benchmarks).</source>
        <translation>Quitter dès que la page Commandes affiche ses premières lignes (mesures de performance).</translation>
    </message>
    <message>
        <source>Creating the demo shop in %1…</source>
        <translation>Création de la boutique de démonstration dans %1…</translation>
    </message>
    <message>
        <source>Open this order (its number, as on the packing slip), or &quot;new&quot; for a new order, or &quot;counter&quot; for a counter sale.</source>
        <translation>Ouvrir cette commande (son numéro, comme sur le bon de livraison), ou « new » pour une nouvelle commande, ou « counter » pour une vente au comptoir.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>Open the order import on this CSV file and check it.</source>
        <translation>Ouvrir l’import des commandes sur ce fichier CSV et le vérifier.</translation>
    </message>
    <message>
        <source>Page to show: dashboard, orders, packing, products, stock, shipments, messages, reviews, reports or settings; reports:sales-by-period (or another report&apos;s name) for a report; stock:reorder, stock:purchase-orders, stock:suppliers, stock:stock-takes, stock:overstock or stock:dead-stock for a tab of the Stock page; settings:documents, settings:carriers, settings:mail or settings:templates for a section of Settings.</source>
        <translation>Page à afficher : dashboard, orders, packing, products, stock, shipments, messages, reviews, reports ou settings ; reports:sales-by-period (ou le nom d'un autre rapport) pour un rapport ; stock:reorder, stock:purchase-orders, stock:suppliers, stock:stock-takes, stock:overstock ou stock:dead-stock pour un onglet de la page Stock ; settings:documents, settings:carriers, settings:mail ou settings:templates pour une section des Paramètres.</translation>
    </message>
    <message>
        <source>There is no report called &quot;%1&quot;.</source>
        <translation>Il n'y a pas de rapport nommé « %1 ».</translation>
    </message>
</context>
</TS>
