"""Italy, Spain (incl. Catalan), Portugal."""
from common import ex, site, redirect, NULL

SITES = []

# ---------------------------------------------------------------- Oleificio Santoro (Astra, IT)
_nav = [("/", "Home"), ("/azienda/", "L'azienda"), ("/la-nostra-storia/", "La nostra storia"), ("/prodotti/", "Prodotti"), ("/lavora-con-noi/", "Lavora con noi"),
        ("/contatti/", "Contatti")]
_foot = """<section class="footer-widget"><p><strong>Oleificio F.lli Santoro</strong><br>Via Trani 87<br>70031 Andria (BT)<br>Italia</p>
<p>P.IVA 04512340726 · <a href="/note-legali/">Note legali</a> · <a href="/privacy-policy/">Privacy Policy</a> · <a href="/cookie-policy/">Cookie Policy</a></p></section>"""
SITES.append(site(
    "oleificiosantoro.it", "wp_astra", "it", "Oleificio Fratelli Santoro", _nav, {
        "/": ("Oleificio Fratelli Santoro – Olio extravergine di oliva da Andria", """
<h1>Olio extravergine di Coratina, dal nostro frantoio alla vostra tavola</h1>
<p>Spremitura a freddo entro sei ore dalla raccolta. Spedizioni in tutta Italia e in Europa.</p><p><a href="/la-nostra-storia/">Scopri la nostra storia</a></p>"""),
        "/azienda/": ("L'azienda – Oleificio Santoro", """<h1>L'azienda</h1>
<p>Il frantoio è gestito oggi dai fratelli Nicola e Vito Santoro, terza generazione di frantoiani. Lavoriamo le olive di circa 400 produttori
della zona di Andria, Corato e Ruvo di Puglia.</p>
<p>Oggi l'azienda dà lavoro a 14 persone, che diventano più di 30 durante la campagna olearia, da ottobre a gennaio.</p>"""),
        "/la-nostra-storia/": ("La nostra storia – Oleificio Santoro", """<h1>La nostra storia</h1>
<p><strong>1949</strong> – Nonno Giuseppe Santoro avvia un piccolo frantoio con macine in pietra in Via Trani.</p>
<p><strong>1978</strong> – Il figlio Riccardo installa il primo impianto a ciclo continuo.</p>
<p><strong>1996</strong> – Nasce la prima bottiglia con il marchio di famiglia.</p>
<p><strong>2007</strong> – Certificazione biologica per la linea «Terre di Castel del Monte».</p>
<p><strong>2021</strong> – Nuovo frantoio a due fasi e impianto fotovoltaico.</p>"""),
        "/prodotti/": ("Prodotti", "<h1>Prodotti</h1><ul><li>Coratina 100% – 0,75 l</li><li>Biologico – 0,5 l</li><li>Latta 5 l</li></ul>"),
        "/lavora-con-noi/": ("Lavora con noi", "<h1>Lavora con noi</h1><p>Cerchiamo operai stagionali per la campagna olearia 2024/25 e un addetto alle spedizioni.</p>"),
        "/contatti/": ("Contatti – Oleificio Santoro", "<h1>Contatti</h1><p>Oleificio F.lli Santoro<br>Via Trani 87<br>70031 Andria (BT)</p><p>Tel. 0883 54 12 09</p>"),
        "/note-legali/": ("Note legali", """<h1>Note legali</h1><p>Oleificio F.lli Santoro S.n.c. di Santoro Nicola &amp; C.<br>Via Trani 87 – 70031 Andria (BT) – Italia<br>
P.IVA e C.F. 04512340726 – REA BA-338112</p>"""),
        "/privacy-policy/": ("Privacy Policy", "<h1>Privacy Policy</h1>"),
        "/cookie-policy/": ("Cookie Policy", "<h1>Cookie Policy</h1><p>Gestita tramite iubenda.</p>"),
    }, _foot,
    ex("Oleificio Fratelli Santoro", "Oleificio F.lli Santoro S.n.c. di Santoro Nicola & C.", 14, 1949, "Via Trani 87", "Andria", "70031", "IT", "it"),
    html_lang="it-IT", cookie="iubenda",
    jsonld='''{"@context": "https://schema.org", "@type": "Organization", "name": "Oleificio Fratelli Santoro", "url": "https://oleificiosantoro.it/",
 "address": {"@type": "PostalAddress", "streetAddress": "Via Trani 87", "addressLocality": "Andria", "postalCode": "70031",},
 "sameAs": ["https://www.facebook.com/oleificiosantoro", "https://www.instagram.com/oleificiosantoro/"],}''', jsonld_pages="all",
    people=["Giuseppe Santoro", "Riccardo", "Nicola", "Vito Santoro"],
    traits=["agricultural-family-firm", "seasonal-staff-trap", "supplier-count-trap", "certification-year-trap", "history-years", "province-in-brackets", "broken-jsonld-trailing-comma"],
    notes="14 persone (more than 30 in season: trap). 1949 founding. Name: brand 'Oleificio Fratelli Santoro' (legal F.lli abbreviation)."))

# ---------------------------------------------------------------- Studio Tecnico Ferri & Bassi (Elementor, IT)
_nav = [("/", "Home"), ("/lo-studio/", "Lo studio"), ("/servizi/", "Servizi"), ("/lavori/", "Lavori"), ("/contatti/", "Contatti")]
_foot = """<p>Studio Tecnico Associato Ferri &amp; Bassi – Viale Storchi 255 – 41124 Modena – P.IVA 01874220365</p>
<p><a href="/note-legali/">Note legali</a> – <a href="/privacy/">Privacy</a></p>"""
SITES.append(site(
    "studioferribassi.it", "wp_elementor", "it", "Studio Tecnico Ferri & Bassi", _nav, {
        "/": ("Studio Tecnico Ferri & Bassi – Ingegneria strutturale a Modena", """<h1>Ingegneria strutturale, sismica ed efficienza energetica</h1>
<p>Progettazione, direzione lavori e collaudi per privati, imprese ed enti pubblici.</p><p><a href="/lo-studio/">Lo studio</a></p>"""),
        "/lo-studio/": ("Lo studio – Ferri & Bassi", """<h1>Lo studio</h1>
<p>Lo studio è stato fondato nel 1982 dall'ing. Giorgio Ferri; nel 1995 si è associato l'ing. Marco Bassi. Dopo il sisma del 2012
abbiamo seguito oltre 1.500 pratiche di ricostruzione nei comuni della Bassa modenese.</p>
<p>Lo studio conta oggi 9 persone tra ingegneri, geometri e personale amministrativo.</p>
<h2>Soci</h2><ul><li>Ing. Giorgio Ferri – iscritto all'Ordine degli Ingegneri di Modena dal 1979, n. 1203</li><li>Ing. Marco Bassi – n. 2214</li>
<li>Ing. Elena Ferri – dal 2015</li></ul>"""),
        "/servizi/": ("Servizi", "<h1>Servizi</h1><ul><li>Calcolo strutturale</li><li>Adeguamento sismico</li><li>Superbonus e Sismabonus</li></ul>"),
        "/lavori/": ("Lavori", "<h1>Lavori</h1><p>Scuola primaria di Finale Emilia (2016) – Capannone industriale a Carpi (2019)</p>"),
        "/contatti/": ("Contatti", "<h1>Contatti</h1><p>Viale Storchi 255<br>41124 Modena (MO)</p><p>Tel. 059 36 41 22</p>"),
        "/note-legali/": ("Note legali", """<h1>Note legali</h1><p>Titolare del sito: Studio Tecnico Associato Ferri &amp; Bassi, Viale Storchi 255, 41124 Modena, Italia.
P.IVA 01874220365. PEC: ferribassi@pec.it</p><p>Sito realizzato da Emilweb S.r.l. – Via Emilia Est 1020, 41122 Modena</p>"""),
        "/privacy/": ("Privacy", "<h1>Informativa privacy</h1>"),
    }, _foot,
    ex("Studio Tecnico Ferri & Bassi", "Studio Tecnico Associato Ferri & Bassi", 9, 1982, "Viale Storchi 255", "Modena", "41124", "IT", "it"),
    html_lang="it-IT", cookie="iubenda",
    people=["Giorgio Ferri", "Marco Bassi", "Elena Ferri"],
    traits=["professional-engineering", "registration-year-trap", "earthquake-year-trap", "case-count-trap", "agency-credit-with-address",
            "partner-join-year-trap"],
    notes="9 persone in total. 1982 founding; 1979 is a person's registration; 1995 partner; 2012 earthquake."))

# ---------------------------------------------------------------- Hotel Al Cervo (Divi + WPML, IT it/de/en)
_nav_it = [("/", "Home"), ("/hotel/", "L'hotel"), ("/famiglia/", "La famiglia"), ("/camere/", "Camere"), ("/contatti/", "Contatti"), ("/de/", "DE"), ("/en/", "EN")]
_nav_de = [("/de/", "Home"), ("/de/familie/", "Familie"), ("/", "IT"), ("/en/", "EN")]
_nav_en = [("/en/", "Home"), ("/en/family/", "Family"), ("/", "IT"), ("/de/", "DE")]
_foot = """<p>Hotel Al Cervo *** · Strada Dolomites 41 · 38036 Pozza di Fassa (TN) · Italia · CIN IT022250A1ABCD1234</p>
<p>Hotel Al Cervo di Pederiva Luca &amp; C. S.a.s. · P.IVA 01638990229 · <a href="/privacy/">Privacy</a> · <a href="/impressum/">Impressum</a></p>"""
_alts = {"/": [("it", "/"), ("de", "/de/"), ("en", "/en/")], "/famiglia/": [("it", "/famiglia/"), ("de", "/de/familie/"), ("en", "/en/family/")]}
SITES.append(site(
    "hotelalcervo.it", "wp_divi", "it", "Hotel Al Cervo", _nav_it, {
        "/": ("Hotel Al Cervo – Pozza di Fassa, Dolomiti", """<h1>Benvenuti all'Hotel Al Cervo</h1>
<p>Hotel a conduzione familiare nel cuore della Val di Fassa, a 200 metri dagli impianti del Buffaure. 32 camere, wellness con vista sul Catinaccio.</p>
<p><a href="/famiglia/">La nostra famiglia</a></p>"""),
        "/hotel/": ("L'hotel", "<h1>L'hotel</h1><p>Ristrutturato nel 2019, l'hotel dispone di 32 camere e suite, ristorante à la carte e Stube in cirmolo.</p>"),
        "/famiglia/": ("La famiglia Pederiva – Hotel Al Cervo", """<h1>La famiglia</h1>
<p>Il nonno Bepi Pederiva aprì la prima locanda nel 1958, con sei stanze e una cucina dove la nonna Rosa preparava i piatti ladini.
Nel 1973 la locanda divenne hotel, e dal 2002 lo gestiscono Luca e Sabrina Pederiva.</p>
<p>Ogni inverno accogliamo ospiti da oltre 20 paesi, e tanti tornano da più di trent'anni.</p>"""),
        "/camere/": ("Camere", "<h1>Camere</h1><p>Doppia Comfort da € 95 a persona in mezza pensione.</p>"),
        "/contatti/": ("Contatti", "<h1>Contatti</h1><p>Hotel Al Cervo<br>Strada Dolomites 41<br>38036 Pozza di Fassa (TN)<br>Italia</p>"),
        "/privacy/": ("Privacy", "<h1>Privacy</h1>"),
        "/impressum/": ("Impressum", "<h1>Impressum / Note legali</h1><p>Hotel Al Cervo di Pederiva Luca &amp; C. S.a.s. – Strada Dolomites 41 – 38036 Pozza di Fassa (TN) – REA TN-154321</p>"),
        "/de/": ("Hotel Al Cervo – Pozza di Fassa, Dolomiten", "<h1>Willkommen im Hotel Al Cervo</h1><p>Familiengeführtes Hotel im Fassatal.</p>",
                 {"nav": _nav_de, "lang": "de", "html_lang": "de-DE", "alternates": _alts["/"]}),
        "/de/familie/": ("Familie", "<h1>Familie Pederiva</h1><p>1958 eröffnete Großvater Bepi die erste Pension.</p>",
                         {"nav": _nav_de, "lang": "de", "html_lang": "de-DE", "alternates": _alts["/famiglia/"]}),
        "/en/": ("Hotel Al Cervo – Pozza di Fassa, Dolomites", "<h1>Welcome to Hotel Al Cervo</h1><p>Family-run hotel in the Fassa Valley.</p>",
                 {"nav": _nav_en, "lang": "en", "html_lang": "en-GB", "alternates": _alts["/"]}),
        "/en/family/": ("Family", "<h1>The Pederiva family</h1><p>Grandfather Bepi opened the first inn in 1958.</p>",
                        {"nav": _nav_en, "lang": "en", "html_lang": "en-GB", "alternates": _alts["/famiglia/"]}),
    }, _foot,
    ex("Hotel Al Cervo", "Hotel Al Cervo di Pederiva Luca & C. S.a.s.", None, 1958, "Strada Dolomites 41", "Pozza di Fassa", "38036", "IT", "it"),
    html_lang="it-IT", cookie="iubenda", alternates=_alts,
    people=["Bepi Pederiva", "Rosa", "Sabrina Pederiva"],
    traits=["hotel", "multilingual-it-de-en", "hreflang", "no-headcount", "room-count-trap", "renovation-year-trap", "country-count-trap"],
    notes="No head count stated. 1958 first inn (1973 became a hotel: trap)."))

# ---------------------------------------------------------------- Latteria San Bartolomeo (Joomla, IT)
_nav = [("/", "Home"), ("/chi-siamo", "Chi siamo"), ("/il-caseificio", "Il caseificio"), ("/spaccio", "Spaccio"), ("/contatti", "Contatti")]
_foot = """<p>Latteria Sociale San Bartolomeo &middot; Via Fontanesi 4 &middot; 42035 Castelnovo ne&#39; Monti (RE) &middot; Italia</p>
<p><a href="/note-legali">Note legali</a> &middot; <a href="/privacy">Privacy</a></p>"""
SITES.append(site(
    "latteriasanbartolomeo.it", "joomla", "it", "Latteria Sociale San Bartolomeo", _nav, {
        "/": ("Latteria Sociale San Bartolomeo &ndash; Parmigiano Reggiano di Montagna", """<h1>Parmigiano Reggiano prodotto di Montagna</h1>
<p>Dal latte delle nostre stalle dell&#39;Appennino reggiano, stagionato fino a 40 mesi.</p><p><a href="/chi-siamo">Chi siamo</a></p>"""),
        "/chi-siamo": ("Chi siamo &ndash; Latteria San Bartolomeo", """<h1>Chi siamo</h1>
<p>La latteria &egrave; stata fondata nel 1926 da 17 soci allevatori di Castelnovo ne&#39; Monti e Felina. Nel 1968 &egrave; stato costruito
il caseificio attuale, ampliato nel 2004 con il nuovo magazzino di stagionatura da 12.000 forme.</p>
<p>Oggi i soci conferenti sono 24 e in caseificio lavorano sette persone, compreso il casaro Gianni Ferrari, che fa formaggio qui dal 1991.</p>"""),
        "/il-caseificio": ("Il caseificio", "<h1>Il caseificio</h1><p>Produciamo circa 5.200 forme l&#39;anno, 14 al giorno.</p>"),
        "/spaccio": ("Spaccio", "<h1>Spaccio aziendale</h1><p>Aperto tutti i giorni 8.30&ndash;12.30.</p>"),
        "/contatti": ("Contatti", "<h1>Contatti</h1><p>Via Fontanesi 4<br>42035 Castelnovo ne&#39; Monti (RE)</p><p>Tel. 0522 81 24 77</p>"),
        "/note-legali": ("Note legali", """<h1>Note legali</h1><p>Latteria Sociale San Bartolomeo Soc. Coop. Agricola<br>Via Fontanesi 4, 42035 Castelnovo ne&#39; Monti (RE)<br>
P.IVA 00142870353 &ndash; Albo Società Cooperative n. A112233</p><p>Presidente: Anselmo Bertolini</p>"""),
        "/privacy": ("Privacy", "<h1>Privacy</h1>"),
    }, _foot,
    ex("Latteria Sociale San Bartolomeo", "Latteria Sociale San Bartolomeo Soc. Coop. Agricola", 7, 1926, "Via Fontanesi 4", "Castelnovo ne' Monti", "42035", "IT", "it"),
    html_lang="it-it", cookie="plain",
    people=["Gianni Ferrari", "Anselmo Bertolini"],
    traits=["agricultural-cooperative", "number-word-count", "html-entities", "member-count-trap", "founder-count-trap", "building-year-trap",
            "capacity-number-trap", "person-year-trap"],
    skip_check=["employee_count", "employee_range_min", "employee_range_max"],
    notes="'lavorano sette persone' = 7. Locality written with &#39; entity. 24 members and 17 founders are traps."))

# ---------------------------------------------------------------- Talleres Arrieta (Elementor, ES + eu)
_nav = [("/", "Inicio"), ("/empresa/", "Empresa"), ("/historia/", "Historia"), ("/mecanizado/", "Mecanizado"), ("/empleo/", "Empleo"), ("/contacto/", "Contacto"),
        ("/eu/", "EU")]
_nav_eu = [("/eu/", "Hasiera"), ("/eu/enpresa/", "Enpresa"), ("/", "ES")]
_foot = """<p>Talleres Mecánicos Arrieta, S.L. · Avenida Otaola, 21 · 20600 Eibar (Gipuzkoa) · España · Tel. 943 20 18 75</p>
<p><a href="/aviso-legal/">Aviso legal</a> · <a href="/politica-de-privacidad/">Política de privacidad</a> · <a href="/politica-de-cookies/">Cookies</a></p>"""
SITES.append(site(
    "talleresarrieta.es", "wp_elementor", "es", "Talleres Arrieta", _nav, {
        "/": ("Talleres Arrieta – Mecanizado de precisión en Eibar", """<h1>Mecanizado de precisión para automoción, ferrocarril y bienes de equipo</h1>
<p>Torneado y fresado CNC, rectificado y montaje de conjuntos. <a href="/empresa/">Conózcanos</a></p>""",
               {"alternates": [("es", "/"), ("eu", "/eu/")]}),
        "/empresa/": ("Empresa – Talleres Arrieta", """<h1>Empresa</h1>
<p>Somos una empresa familiar guipuzcoana con más de 90 trabajadores y 11.000 m² de instalaciones en Eibar. Exportamos el 60 % de
nuestra producción a 14 países.</p><p>Certificados IATF 16949 desde 2006 e ISO 14001 desde 2010.</p>""",
                       {"alternates": [("es", "/empresa/"), ("eu", "/eu/enpresa/")]}),
        "/historia/": ("Historia – Talleres Arrieta", """<h1>Historia</h1>
<p>Fundada en 1964 por los hermanos Ignacio y Jesús Arrieta en un pequeño taller de la calle Isasi, la empresa fabricó primero piezas
para la industria armera y de máquinas de coser. En 1987 nos trasladamos a la Avenida Otaola; en 1999 entramos en el sector
ferroviario y en 2018 incorporamos la segunda nave. Hoy dirige la empresa Amaia Arrieta, de la segunda generación.</p>"""),
        "/mecanizado/": ("Mecanizado", "<h1>Mecanizado</h1><p>42 centros CNC, capacidad hasta Ø 800 mm.</p>"),
        "/empleo/": ("Empleo – Talleres Arrieta", "<h1>Trabaja con nosotros</h1><p>Buscamos programador/a CNC (Fanuc/Heidenhain) y operario/a de rectificado. Envía tu CV.</p>"),
        "/contacto/": ("Contacto", "<h1>Contacto</h1><p>Avenida Otaola, 21<br>20600 Eibar (Gipuzkoa)<br>España</p>"),
        "/aviso-legal/": ("Aviso legal", """<h1>Aviso legal</h1><p>Titular: Talleres Mecánicos Arrieta, S.L. · CIF B20123456<br>Domicilio: Avenida Otaola, 21, 20600 Eibar (Gipuzkoa)<br>
Inscrita en el Registro Mercantil de Gipuzkoa, Tomo 1.234, Folio 56, Hoja SS-7890</p>"""),
        "/politica-de-privacidad/": ("Privacidad", "<h1>Política de privacidad</h1>"),
        "/politica-de-cookies/": ("Cookies", "<h1>Política de cookies</h1><p>Usamos CookieYes.</p>"),
        "/eu/": ("Talleres Arrieta – Zehaztasun mekanizazioa Eibarren", "<h1>Zehaztasun mekanizazioa</h1><p><a href=\"/eu/enpresa/\">Enpresa</a></p>",
                 {"nav": _nav_eu, "lang": "eu", "html_lang": "eu", "alternates": [("es", "/"), ("eu", "/eu/")]}),
        "/eu/enpresa/": ("Enpresa", "<h1>Enpresa</h1><p>1964an sortua, 90 langile baino gehiago.</p>",
                         {"nav": _nav_eu, "lang": "eu", "html_lang": "eu", "alternates": [("es", "/empresa/"), ("eu", "/eu/enpresa/")]}),
    }, _foot,
    ex("Talleres Arrieta", "Talleres Mecánicos Arrieta, S.L.", ("gt", 90), 1964, "Avenida Otaola, 21", "Eibar", "20600", "ES", "es"),
    html_lang="es-ES", cookie="cookieyes",
    jsonld={"@context": "https://schema.org", "@type": "Organization", "name": "Talleres Mecánicos Arrieta, S.L.", "alternateName": "Talleres Arrieta",
            "foundingDate": "1964", "address": {"@type": "PostalAddress", "streetAddress": "Avenida Otaola, 21", "postalCode": "20600",
            "addressLocality": "Eibar", "addressRegion": "Gipuzkoa", "addressCountry": "ES"}}, jsonld_pages="all",
    people=["Ignacio", "Jesús Arrieta", "Amaia Arrieta"],
    traits=["industrial-family-firm", "multilingual-es-eu", "hreflang", "area-number-trap", "country-count-trap", "certification-year-trap",
            "relocation-year-trap", "machine-count-trap", "registry-tomo-folio"],
    notes="'más de 90 trabajadores' = count 90, max null. 1964 founding."))

# ---------------------------------------------------------------- Cooperativa Fruitera del Segrià (Drupal, ca)
_nav = [("/", "Inici"), ("/qui-som", "Qui som"), ("/historia", "Història"), ("/socis", "Socis"), ("/treball", "Treballa amb nosaltres"), ("/contacte", "Contacte")]
_foot = """<p>Cooperativa Fruitera del Segrià, SCCL · Carrer de la Bassa, 14 · 25180 Alcarràs (Lleida)</p>
<p><a href="/avis-legal">Avís legal</a> · <a href="/politica-de-privacitat">Política de privacitat</a></p>"""
SITES.append(site(
    "fruitersegria.cat", "drupal", "ca", "Cooperativa Fruitera del Segrià", _nav, {
        "/": ("Cooperativa Fruitera del Segrià – Fruita dolça de Lleida", """<h1>Préssec, nectarina, poma i pera del Segrià</h1>
<p>Collim, confeccionem i comercialitzem la fruita dels nostres socis. <a href="/qui-som">Qui som</a></p>"""),
        "/qui-som": ("Qui som – Cooperativa Fruitera del Segrià", """<h1>Qui som</h1>
<p>Som una cooperativa de pagesos del Segrià, i n'estem ben orgullosos. Actualment hi ha 186 socis que
conreen unes 1.900 hectàrees de fruiters.</p>
<p>Avui hi treballen 37 persones de manera estable, i en campanya de collita arribem a ser-ne 120.</p>"""),
        "/historia": ("Història – Cooperativa Fruitera del Segrià", """<h1>Història</h1>
<p>La cooperativa va ser fundada l'any 1959 per quaranta-dos pagesos d'Alcarràs. El 1972 es va construir la primera cambra frigorífica,
el 1991 la central de confecció i el 2015 les noves càmeres d'atmosfera controlada. El 2009 vam celebrar els 50 anys amb tot el poble.</p>"""),
        "/socis": ("Socis", "<h1>Socis</h1><p>Àrea privada per als socis.</p>"),
        "/treball": ("Treballa amb nosaltres", "<h1>Treballa amb nosaltres</h1><p>Campanya 2024: busquem personal per a la central de confecció (juny–setembre).</p>"),
        "/contacte": ("Contacte", "<h1>Contacte</h1><p>Carrer de la Bassa, 14<br>25180 Alcarràs (Lleida)</p><p>973 79 00 12</p>"),
        "/avis-legal": ("Avís legal", """<h1>Avís legal</h1><p>Titular: Cooperativa Fruitera del Segrià, SCCL – NIF F25012345 – Carrer de la Bassa, 14, 25180 Alcarràs<br>
Inscrita al Registre General de Cooperatives de Catalunya, full 1457.</p><p>President: Josep Maria Solé i Farré</p>"""),
        "/politica-de-privacitat": ("Privacitat", "<h1>Política de privacitat</h1>"),
    }, _foot,
    ex("Cooperativa Fruitera del Segrià", "Cooperativa Fruitera del Segrià, SCCL", 37, 1959, "Carrer de la Bassa, 14", "Alcarràs", "25180", None, "ca"),
    html_lang="ca", cookie="plain",
    people=["Josep Maria Solé i Farré"],
    traits=["agricultural-cooperative", "catalan", "seasonal-staff-trap", "member-count-trap", "founder-count-trap", "hectare-trap",
            "history-years", "anniversary-year-trap", "unscored:country_code"],
    notes="37 stable staff (120 in season). 1959 founding; several later years. No country (Catalunya only)."))

# ---------------------------------------------------------------- Clínica Dental Márquez (500 home)
SITES.append(site(
    "clinicadentalmarquez.es", "wp_astra", "es", "Clínica Dental Márquez", [("/", "Inicio")], {}, "<p>Clínica Dental Márquez · Calle Larios, 7 · 29005 Málaga</p>", NULL, status="failed",
    raw={"/": {"html": "<html><head><title>Error establishing a database connection</title></head><body><h1>Error establishing a database connection</h1></body></html>", "status": 500}},
    traits=["home-500"], notes="Home page returns 500 (WordPress DB error). Nothing else is reachable."))

# ---------------------------------------------------------------- Casa Benito (Wix, ES)
_nav = [("/", "Inicio"), ("/restaurante", "Restaurante"), ("/habitaciones", "Habitaciones"), ("/nosotros", "Nosotros"), ("/contacto", "Contacto")]
_foot = """<p>Hotel Restaurante Casa Benito · Avenida de Covadonga, 18 · 33550 Cangas de Onís · Asturias · España</p>
<p><a href="/aviso-legal">Aviso legal</a> · <a href="/politica-de-privacidad">Privacidad</a></p>"""
SITES.append(site(
    "casabenito.es", "wix", "es", "Casa Benito", _nav, {
        "/": ("Casa Benito | Hotel y Restaurante en Cangas de Onís", """<h1>Cocina asturiana y descanso a los pies de los Picos de Europa</h1>
<p>Fabada, cachopo y arroz con leche como los de casa. 14 habitaciones con vistas al Sella.</p>"""),
        "/restaurante": ("Restaurante | Casa Benito", "<h1>Restaurante</h1><p>Menú del día 18 €. Comedor para 90 comensales.</p>"),
        "/habitaciones": ("Habitaciones | Casa Benito", "<h1>Habitaciones</h1><p>14 habitaciones dobles, renovadas en 2017.</p>"),
        "/nosotros": ("Nosotros | Casa Benito", """<h1>Nosotros</h1>
<p>En 1971 Benito Llano y su mujer, Covadonga, abrieron una pequeña sidrería junto al puente romano. En 1985 añadieron las primeras
habitaciones y desde 2008 llevan la casa sus hijos Marta y Javier.</p>
<p>Hoy somos un equipo de doce personas, casi todas de Cangas y alrededores. ¡Os esperamos!</p>"""),
        "/contacto": ("Contacto | Casa Benito", "<h1>Contacto</h1><p>Avenida de Covadonga, 18<br>33550 Cangas de Onís<br>Asturias</p><p>985 84 07 33</p>"),
        "/aviso-legal": ("Aviso legal", "<h1>Aviso legal</h1><p>Casa Benito, S.L. – CIF B33456789 – Avenida de Covadonga, 18, 33550 Cangas de Onís (Asturias). Registro Mercantil de Asturias.</p>"),
        "/politica-de-privacidad": ("Privacidad", "<h1>Política de privacidad</h1>"),
    }, _foot,
    ex("Casa Benito", "Casa Benito, S.L.", 12, 1971, "Avenida de Covadonga, 18", "Cangas de Onís", "33550", "ES", "es"),
    html_lang="en", cookie="",
    people=["Benito Llano", "Marta", "Javier"],
    traits=["hotel-restaurant", "wrong-html-lang", "number-word-count", "room-count-trap", "seat-count-trap", "renovation-year-trap", "takeover-year-trap"],
    skip_check=["employee_count", "employee_range_min", "employee_range_max"],
    notes="html lang 'en' (Wix default) but Spanish text. 'un equipo de doce personas' = 12. 1971 opening of the sidrería = start of the business."))

# ---------------------------------------------------------------- Asesores Ferrándiz Llopis (Next.js, ES)
_nav = [("/", "Inicio"), ("/despacho", "El despacho"), ("/servicios", "Servicios"), ("/blog", "Blog"), ("/contacto", "Contacto")]
_foot = """<p>Asesores Ferrándiz Llopis · Calle Colón, 48, 3º · 46004 Valencia · 963 51 72 40</p>
<p><a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a> · <a href="/cookies">Cookies</a></p>"""
SITES.append(site(
    "ferrandizllopis.es", "nextjs", "es", "Asesores Ferrándiz Llopis", _nav, {
        "/": ("Asesores Ferrándiz Llopis – Asesoría fiscal, contable y laboral en Valencia", """<h1>Más de 35 años de experiencia asesorando a empresas valencianas</h1>
<p>Fiscal, contable, laboral y mercantil. Primera consulta sin compromiso.</p><p><a href="/despacho">El despacho</a></p>"""),
        "/despacho": ("El despacho – Ferrándiz Llopis", """<h1>El despacho</h1>
<p>La asesoría fue fundada en 1987 por José Ferrándiz Soler. En 2006 se incorporó como socia Carmen Llopis y el despacho adoptó su nombre actual.</p>
<p>Somos entre 10 y 15 profesionales, según la época del año: economistas, abogados, graduados sociales y personal administrativo.
Atendemos a más de 400 empresas y autónomos.</p>"""),
        "/servicios": ("Servicios", "<h1>Servicios</h1><ul><li>Asesoría fiscal</li><li>Nóminas y seguros sociales</li><li>Contabilidad</li></ul>"),
        "/blog": ("Blog – Ferrándiz Llopis", """<h1>Blog</h1><article><h2>Novedades fiscales 2024 para autónomos</h2><p>15/01/2024</p></article>
<article><h2>Verifactu: qué cambia en 2025</h2><p>03/06/2024</p></article>"""),
        "/contacto": ("Contacto", "<h1>Contacto</h1><p>Calle Colón, 48, 3º<br>46004 Valencia<br>España</p>"),
        "/aviso-legal": ("Aviso legal", "<h1>Aviso legal</h1><p>Asesores Ferrándiz Llopis, S.L.P. – CIF B96123987 – Calle Colón, 48, 3º, 46004 Valencia. Inscrita en el Registro Mercantil de Valencia.</p>"),
        "/privacidad": ("Privacidad", "<h1>Privacidad</h1>"),
        "/cookies": ("Cookies", "<h1>Cookies</h1>"),
    }, _foot,
    ex("Asesores Ferrándiz Llopis", "Asesores Ferrándiz Llopis, S.L.P.", ("range", 10, 15), 1987, "Calle Colón, 48", "Valencia", "46004", "ES", "es"),
    html_lang="es", cookie="cookieyes",
    people=["José Ferrándiz Soler", "Carmen Llopis"],
    traits=["professional-tax", "stated-range", "years-of-experience-trap", "client-count-trap", "partner-join-year-trap", "floor-in-street",
            "blog", "unscored:street_address"],
    notes="'entre 10 y 15 profesionales' → range only. 'Más de 35 años de experiencia' is not a founding year. Street has floor 3º: unscored."))

# ---------------------------------------------------------------- Cortiças Almeida (Divi, PT)
_nav = [("/", "Início"), ("/empresa/", "Empresa"), ("/historia/", "História"), ("/produtos/", "Produtos"), ("/recrutamento/", "Recrutamento"), ("/contactos/", "Contactos")]
_foot = """<p>Cortiças Almeida &amp; Filhos, Lda. · Rua da Cortiça, n.º 455 · 4535-211 Lourosa · Santa Maria da Feira · Portugal</p>
<p><a href="/termos-e-condicoes/">Termos e condições</a> · <a href="/politica-de-privacidade/">Política de privacidade</a> · <a href="https://www.livroreclamacoes.pt">Livro de Reclamações</a></p>"""
SITES.append(site(
    "corticasalmeida.pt", "wp_divi", "pt", "Cortiças Almeida", _nav, {
        "/": ("Cortiças Almeida – Rolhas de cortiça natural", "<h1>Rolhas de cortiça para os melhores vinhos do mundo</h1><p>Produzimos cerca de 400 milhões de rolhas por ano para clientes em 35 países.</p>"),
        "/empresa/": ("Empresa – Cortiças Almeida", """<h1>A empresa</h1>
<p>A Cortiças Almeida &amp; Filhos conta hoje com 120 colaboradores e duas unidades industriais em Lourosa. Certificação FSC desde 2009 e SYSTECODE desde 2005.</p>"""),
        "/historia/": ("História – Cortiças Almeida", """<h1>História</h1>
<p>Fundada em 1938 por Manuel Almeida, a empresa começou como uma pequena oficina de rolhas manuais. Em 1965 os filhos António e Joaquim
modernizaram a produção; em 1989 abriu a segunda fábrica; em 2012 a terceira geração, com Rita Almeida, assumiu a gestão.</p>"""),
        "/produtos/": ("Produtos", "<h1>Produtos</h1><ul><li>Rolhas naturais</li><li>Rolhas técnicas</li><li>Rolhas de champanhe</li></ul>"),
        "/recrutamento/": ("Recrutamento", "<h1>Recrutamento</h1><p>Procuramos operadores de produção e um técnico de qualidade. Junte-se à nossa equipa!</p>"),
        "/contactos/": ("Contactos", "<h1>Contactos</h1><p>Rua da Cortiça, n.º 455<br>4535-211 Lourosa<br>Portugal</p><p>+351 227 440 190</p>"),
        "/termos-e-condicoes/": ("Termos", "<h1>Termos e condições</h1><p>Cortiças Almeida &amp; Filhos, Lda. – NIPC 500123456 – Capital social 500.000 € – Conservatória do Registo Comercial de Santa Maria da Feira.</p>"),
        "/politica-de-privacidade/": ("Privacidade", "<h1>Política de privacidade</h1>"),
    }, _foot,
    ex("Cortiças Almeida", "Cortiças Almeida & Filhos, Lda.", 120, 1938, "Rua da Cortiça, n.º 455", "Lourosa", "4535-211", "PT", "pt"),
    html_lang="pt-PT", cookie="cookieyes",
    people=["Manuel Almeida", "António", "Joaquim", "Rita Almeida"],
    traits=["industrial-family-firm", "production-count-trap", "country-count-trap", "certification-year-trap", "history-years", "n-grau-street",
            "unscored:street_address"],
    notes="120 colaboradores; 1938 founding. Street written 'Rua da Cortiça, n.º 455' (n.º variant): unscored. Locality Lourosa (municipality Santa Maria da Feira)."))

# ---------------------------------------------------------------- Mendes Cabral & Associados (Webflow, PT)
_nav = [("/", "Início"), ("/sociedade", "A Sociedade"), ("/areas-de-pratica", "Áreas de prática"), ("/equipa", "Equipa"), ("/carreiras", "Carreiras"), ("/contactos", "Contactos")]
_foot = """<p>Mendes Cabral &amp; Associados · Avenida da Boavista, 1203 · 4100-130 Porto · Portugal</p><p><a href="/informacao-legal">Informação legal</a></p>"""
SITES.append(site(
    "mendescabral.pt", "webflow", "pt", "Mendes Cabral & Associados", _nav, {
        "/": ("Mendes Cabral & Associados – Sociedade de Advogados", "<h1>Advocacia de negócios no Porto</h1><p>Societário, imobiliário, laboral e contencioso.</p>"),
        "/sociedade": ("A Sociedade – Mendes Cabral", """<h1>A Sociedade</h1>
<p>Fundada em 2001 por Rui Mendes e Teresa Cabral, a sociedade conta hoje com uma equipa de cerca de 30 pessoas, entre advogados, estagiários
e pessoal de apoio.</p><p>Distinguida pelo Legal 500 desde 2015.</p>"""),
        "/areas-de-pratica": ("Áreas de prática", "<h1>Áreas de prática</h1><ul><li>Societário e M&amp;A</li><li>Imobiliário</li><li>Laboral</li></ul>"),
        "/equipa": ("Equipa", "<h1>Equipa</h1><p>Rui Mendes – Sócio fundador (inscrito na Ordem dos Advogados em 1988)<br>Teresa Cabral – Sócia fundadora<br>Inês Fonseca – Associada sénior</p>"),
        "/carreiras": ("Carreiras", "<h1>Carreiras</h1><p>Aceitamos candidaturas para estágio de advocacia 2025.</p>"),
        "/contactos": ("Contactos", "<h1>Contactos</h1><p>Avenida da Boavista, 1203<br>4100-130 Porto</p>"),
        "/informacao-legal": ("Informação legal", "<h1>Informação legal</h1><p>Mendes Cabral &amp; Associados – Sociedade de Advogados, SP, RL · NIPC 507334219 · Registada na Ordem dos Advogados sob o n.º 41/01</p>"),
    }, _foot,
    ex("Mendes Cabral & Associados", "Mendes Cabral & Associados – Sociedade de Advogados, SP, RL", 30, 2001, "Avenida da Boavista, 1203", "Porto", "4100-130", "PT", "pt"),
    html_lang="pt", cookie="",
    people=["Rui Mendes", "Teresa Cabral", "Inês Fonseca"],
    traits=["professional-law", "approximate-headcount", "bar-admission-year-trap", "ranking-year-trap"],
    notes="'cerca de 30 pessoas' = 30. 1988 is a person's bar admission."))
