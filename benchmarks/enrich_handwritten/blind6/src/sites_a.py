# Italy, Spain, Portugal, Greece
SITES = []
A = SITES.append

# ---------------------------------------------------------------- Italy
A(dict(
    domain="ceramichevalsenio.it", tpl="wix", lang="it", html_lang="it", name="Ceramiche Val Senio", cookie="iubenda",
    desc="Ceramiche artistiche dipinte a mano a Riolo Terme, tra Faenza e Imola.",
    nav=[("/", "Home"), ("/chi-siamo", "Chi siamo"), ("/collezioni", "Collezioni"), ("/contatti", "Contatti")],
    pages={
        "/": ("Ceramiche Val Senio | Maiolica dipinta a mano", """
<h1 class="font_0 wixui-rich-text__text">Maiolica dipinta a mano, dal tornio alla tavola</h1>

<p class="font_8 wixui-rich-text__text">Piatti, boccali e servizi da tavola decorati uno per uno nella nostra bottega sulle colline romagnole. Ogni anno escono dal forno oltre 1.200 pezzi unici.</p>

<p class="font_8 wixui-rich-text__text"><a href="/chi-siamo">Scopri la bottega</a> · <a href="/collezioni">Sfoglia le collezioni</a></p>
"""),
        "/chi-siamo": ("Chi siamo | Ceramiche Val Senio", """
<h2 class="font_2 wixui-rich-text__text">La nostra bottega</h2>

<p class="font_8 wixui-rich-text__text">La bottega è nata nel 1983 in una vecchia stalla lungo il Senio, con un forno a legna e due torni. Da allora la tecnica non è cambiata: smalto stannifero, pennelli di martora e i colori della tradizione faentina.</p>

<p class="font_8 wixui-rich-text__text">Oggi in bottega lavorano 14 persone tra tornitori, decoratrici e chi prepara le spedizioni. Elena Ravaglia segue i decori su commissione, Tommaso Gentilini il laboratorio.</p>

<p class="font_8 wixui-rich-text__text">Nel 2007 il nostro servizio «Ginestre» ha ricevuto il Premio Faenza per l'artigianato artistico.</p>
"""),
        "/collezioni": ("Collezioni | Ceramiche Val Senio", """
<h2 class="font_2 wixui-rich-text__text">Collezioni</h2>

<ul class="font_8 wixui-rich-text__text"><li>Ginestre – servizio da tavola, 24 pezzi</li><li>Melograno – piatti da parata</li><li>Bianco Senio – linea monocroma</li></ul>
"""),
        "/contatti": ("Contatti | Ceramiche Val Senio", """
<h2 class="font_2 wixui-rich-text__text">Vieni a trovarci</h2>

<p class="font_8 wixui-rich-text__text">Via Firenze 27<br>48025 Riolo Terme (RA)<br>Italia</p>

<p class="font_8 wixui-rich-text__text">Tel. 0546 71 438 · info@ceramichevalsenio.it<br>Aperto dal martedì al sabato, 9–12.30 e 15–19</p>
"""),
    },
    footer='<p class="font_9 wixui-rich-text__text">© 2025 Ceramiche Val Senio di Ravaglia Marco &amp; C. s.n.c. · P.IVA 02184530396 · <a href="/contatti">Contatti</a></p>',
    exp=dict(name="Ceramiche Val Senio", legal_name="Ceramiche Val Senio di Ravaglia Marco & C. s.n.c.", employee_count=14, employee_range_min=14,
             employee_range_max=14, founded_year=1983, street_address="Via Firenze 27", locality="Riolo Terme", postal_code="48025", country_code="IT"),
    cc_ev="Italia", people=["Elena Ravaglia", "Tommaso Gentilini"],
    traits=["piece-count-trap", "award-year-trap", "html-entity-legal-name"],
    notes="14 persone in bottega. Award 2007 is not the founding. Marco Ravaglia is part of the partnership's legal name and not listed.",
))

A(dict(
    domain="pastificiomontefaito.it", tpl="shopify", lang="it", html_lang="it", name="Pastificio Monte Faito", cookie="none", cc_hint="IT",
    desc="Pasta di Gragnano IGP trafilata al bronzo, spedita in tutta Europa.",
    announce="Spedizione gratuita in Italia sopra i 49 €", skip="Vai direttamente ai contenuti",
    shop_json={"shop": {"name": "Pastificio Monte Faito", "currency": "EUR", "locale": "it", "productCount": 64, "ordersShipped": 41000}},
    nav=[("/", "Home"), ("/collections/all", "Negozio"), ("/pages/chi-siamo", "Chi siamo"), ("/pages/contatti", "Contatti"), ("/policies/legal-notice", "Note legali")],
    pages={
        "/": ("Pastificio Monte Faito – Pasta di Gragnano IGP", """
<h2 class="h1">Pasta di Gragnano IGP, essiccata lentamente</h2>

<p>Trafilata al bronzo, essiccata fino a 48 ore a bassa temperatura. Più di 40.000 ordini spediti in oltre 30 paesi.</p>

<p><a href="/pages/chi-siamo" class="button">La nostra storia</a></p>
"""),
        "/collections/all": ("Negozio – Pastificio Monte Faito", """
<h1>Tutti i prodotti</h1>

<ul class="grid product-grid"><li>Paccheri 500 g – 3,20 €</li><li>Candele spezzate 500 g – 3,40 €</li><li>Fusilli lunghi bucati 500 g – 3,60 €</li></ul>
"""),
        "/pages/chi-siamo": ("Chi siamo – Pastificio Monte Faito", """
<h1 class="main-page-title page-title h0">Chi siamo</h1>

<p>Il pastificio fu aperto nel 1932 da nonno Gennaro, in un basso di via Roma con un solo torchio. Oggi la terza generazione porta avanti lo stesso metodo nello stabilimento ai piedi del Monte Faito.</p>

<p>Più di 25 persone lavorano ogni giorno tra impastatrici, essiccatoi, confezionamento e magazzino: molti di loro sono con noi da oltre vent'anni.</p>

<p>Dal 2003 la nostra pasta porta il marchio IGP Pasta di Gragnano.</p>
"""),
        "/pages/contatti": ("Contatti – Pastificio Monte Faito", """
<h1>Contatti</h1>

<p>Pastificio Monte Faito<br>Via Vittorio Veneto 58<br>80054 Gragnano (NA) – Italia</p>

<p>Spaccio aziendale aperto dal lunedì al sabato, 8.30–13.00<br>Tel. +39 081 801 2290</p>
"""),
        "/policies/legal-notice": ("Note legali – Pastificio Monte Faito", """
<h1>Note legali</h1>

<p>Titolare del sito: Pastificio Monte Faito S.r.l., Via Vittorio Veneto 58, 80054 Gragnano (NA). Capitale sociale € 100.000 i.v. – REA NA-412877 – P.IVA 05812490637.</p>
"""),
    },
    footer='<p>Pastificio Monte Faito S.r.l. – P.IVA 05812490637</p><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/chi-siamo">Chi siamo</a></li><li><a href="/policies/legal-notice">Note legali</a></li></ul>',
    exp=dict(name="Pastificio Monte Faito", legal_name="Pastificio Monte Faito S.r.l.", employee_count=25, employee_range_min=25, employee_range_max=None,
             founded_year=1932, street_address="Via Vittorio Veneto 58", locality="Gragnano", postal_code="80054", country_code="IT"),
    cc_ev="Italia", people=["Gennaro"],
    traits=["more-than-N", "order-count-trap", "country-count-trap", "certification-year-trap", "inline-json-app-state"],
    notes="'Più di 25 persone' → 25/min 25/max null. IGP 2003 is a label year.",
))

A(dict(
    domain="bellandirota.it", tpl="divi", lang="it", html_lang="it-IT", name="Studio Tecnico Bellandi Rota", cookie="complianz",
    nav=[("/", "Home"), ("/lo-studio/", "Lo studio"), ("/team/", "Team"), ("/progetti/", "Progetti"), ("/contatti/", "Contatti")],
    footer_bottom='Sito realizzato da <a href="https://www.webmotion.it" rel="nofollow">Webmotion S.r.l.s.</a> – Via Cavour 3, 20121 Milano',
    pages={
        "/": ("Studio Tecnico Bellandi Rota – Ingegneria strutturale e impianti", """
<h1>Ingegneria strutturale, impianti e sicurezza</h1>

<p>Progettiamo edifici residenziali e industriali, adeguamenti sismici e impianti per committenti pubblici e privati in Lombardia. Oltre 650 progetti consegnati.</p>
"""),
        "/lo-studio/": ("Lo studio – Studio Tecnico Bellandi Rota", """
<h2>Lo studio in breve</h2>

<table class="dati-studio"><tbody><tr><th>Anno di fondazione</th><td>1992</td></tr><tr><th>Dipendenti</th><td>18</td></tr><tr><th>Sede</th><td>Bergamo</td></tr><tr><th>Certificazione</th><td>UNI EN ISO 9001 dal 2008</td></tr></tbody></table>

<p>Lo studio nasce dall'incontro di un ingegnere strutturista e di un'architetta con la passione per il recupero degli edifici storici. Oggi lavoriamo con un gruppo stabile di tecnici, disegnatori e amministrazione.</p>
"""),
        "/team/": ("Team – Studio Tecnico Bellandi Rota", """
<h2>Il team</h2>

<ul><li><strong>Ing. Paolo Bellandi</strong> – strutture e consolidamento</li><li><strong>Arch. Silvia Rota</strong> – progettazione e restauro</li><li><strong>Ing. Davide Morelli</strong> – impianti meccanici</li></ul>
"""),
        "/progetti/": ("Progetti – Studio Tecnico Bellandi Rota", """
<h2>Progetti recenti</h2>

<p>Adeguamento sismico scuola primaria di Seriate (2022) · Polo logistico di Dalmine, 14.000 m² (2021) · Recupero di Palazzo Moroni, Città Alta (2019)</p>
"""),
        "/contatti/": ("Contatti – Studio Tecnico Bellandi Rota", """
<h2>Contatti</h2>

<p>Via Borgo Palazzo 90<br>24125 Bergamo (BG)<br>Tel. 035 24 16 80 – studio@bellandirota.it</p>
"""),
    },
    footer='<p><strong>Bellandi Rota Ingegneria S.r.l.</strong><br>Via Borgo Palazzo 90 – 24125 Bergamo<br>C.F. e P.IVA 02977410165</p><p><a href="/contatti/">Contatti</a> · <a href="/lo-studio/">Lo studio</a></p>',
    exp=dict(name="Studio Tecnico Bellandi Rota", legal_name="Bellandi Rota Ingegneria S.r.l.", employee_count=18, employee_range_min=18, employee_range_max=18,
             founded_year=1992, street_address="Via Borgo Palazzo 90", locality="Bergamo", postal_code="24125", country_code=None),
    people=["Paolo Bellandi", "Silvia Rota", "Davide Morelli"],
    traits=["fact-box-table", "certification-year-trap", "project-count-trap", "area-number-trap", "agency-legal-name-trap", "team-page", "unscored:country_code"],
    notes="Fact table: Anno di fondazione 1992, Dipendenti 18. Agency Webmotion S.r.l.s. in footer bottom is not the company. No country written.",
))

A(dict(
    domain="hotelstellaalpina-fassa.it", tpl="joomla", lang="it", html_lang="it-it", name="Hotel Stella Alpina", cookie="iubenda",
    skip="Salta al contenuto principale",
    jsonld={"@context": "https://schema.org", "@type": "Hotel", "name": "Hotel Stella Alpina", "starRating": {"@type": "Rating", "ratingValue": "3"},
            "address": {"@type": "PostalAddress", "streetAddress": "Strada Dolomites 64", "postalCode": "38032", "addressLocality": "Canazei", "addressRegion": "TN", "addressCountry": "IT"},
            "telephone": "+39 0462 601 355"},
    nav=[("/", "Home"), ("/la-famiglia.html", "La famiglia"), ("/camere.html", "Camere"), ("/dove-siamo.html", "Dove siamo"), ("/note-legali.html", "Note legali")],
    pages={
        "/": ("Hotel Stella Alpina – Canazei, Val di Fassa", """
<p>Ai piedi del Sella, a cinque minuti dagli impianti del Belvedere: 22 camere, una piccola spa e la cucina ladina della signora Giulia.</p>

<p><a href="/camere.html">Le camere</a> · <a href="/la-famiglia.html">La nostra storia</a></p>
"""),
        "/la-famiglia.html": ("La famiglia – Hotel Stella Alpina", """
<h2>Una storia di famiglia</h2>

<p>Dal 1958 la famiglia Dantone accoglie gli ospiti nella casa costruita dal bisnonno nel 1911, allora fienile e stalla. Nel 2019 abbiamo rinnovato completamente le camere e aggiunto la zona wellness.</p>

<p>Il nostro staff di 12 collaboratori fissi – che in alta stagione arriva a 20 – vi aspetta tutto l'anno, tranne maggio e novembre.</p>
"""),
        "/camere.html": ("Camere – Hotel Stella Alpina", """
<h2>Camere</h2>

<p>Doppie Comfort (18–22 m²), Junior Suite con balcone sul Sassolungo, Family con due ambienti.</p>
"""),
        "/dove-siamo.html": ("Dove siamo – Hotel Stella Alpina", """
<h2>Dove siamo</h2>

<p>Hotel Stella Alpina<br>Strada Dolomites 64<br>38032 Canazei (TN)</p>

<p>In auto: uscita A22 Ora/Egna, poi SS48 per la Val di Fassa.</p>
"""),
        "/note-legali.html": ("Note legali – Hotel Stella Alpina", """
<h2>Note legali</h2>

<p>Hotel Stella Alpina di Dantone Giulia &amp; C. s.a.s. – Strada Dolomites 64 – 38032 Canazei (TN) – P.IVA 01457820226 – CIN IT022039A1ZW8R3K5B</p>
"""),
    },
    footer='<p>Hotel Stella Alpina *** · Strada Dolomites 64 · 38032 Canazei (TN) · <a href="/note-legali.html">Note legali</a> · <a href="/dove-siamo.html">Dove siamo</a></p>',
    exp=dict(name="Hotel Stella Alpina", legal_name="Hotel Stella Alpina di Dantone Giulia & C. s.a.s.", employee_count=12, employee_range_min=12, employee_range_max=12,
             founded_year=1958, street_address="Strada Dolomites 64", locality="Canazei", postal_code="38032", country_code="IT", industry=None),
    cc_ev='"addressCountry": "IT"', people=[],
    traits=["localbusiness-subtype", "seasonal-headcount-trap", "building-year-trap", "renovation-year-trap", "room-count-trap", "unscored:industry"],
    notes="12 permanent staff (20 in high season). Family has run the hotel since 1958 = founding; 1911 is the building. Country only in JSON-LD. 'signora Giulia' is the legal-name partner.",
))

A(dict(
    domain="torrefazionelanterna.it", tpl="elementor", lang="it", html_lang="it-IT", name="Torrefazione Lanterna", cookie="complianz",
    view_cart="Visualizza carrello", cart_url="/carrello/", skip="Vai al contenuto",
    word_fields=["employee_count", "employee_range_min", "employee_range_max"],
    nav=[("/", "Home"), ("/negozio/", "Negozio"), ("/la-torrefazione/", "La torrefazione"), ("/contatti/", "Contatti"), ("/note-legali/", "Note legali")],
    pages={
        "/": ("Torrefazione Lanterna – Caffè tostato a legna a Genova", """
<h1 class="elementor-heading-title elementor-size-xl">Tostato a legna, nel cuore di Genova</h1>

<p>Miscele e monorigine tostati ogni settimana in piccoli lotti da 15 kg. Più di 2.000 clienti ricevono il nostro caffè a casa.</p>
"""),
        "/negozio/": ("Negozio – Torrefazione Lanterna", """
<h2 class="elementor-heading-title">Negozio</h2>

<ul class="products columns-3"><li class="product">Miscela Lanterna 250 g – 7,90 €</li><li class="product">Etiopia Sidamo 250 g – 9,50 €</li><li class="product">Decaffeinato ad acqua 250 g – 8,40 €</li></ul>
"""),
        "/la-torrefazione/": ("La torrefazione – Torrefazione Lanterna", """
<h2 class="elementor-heading-title">La torrefazione</h2>

<p>Nel 1987 Franco Repetto aprì una piccola bottega di caffè a due passi da Piazza Banchi, con un tostino a legna comprato di seconda mano. Quel tostino è ancora qui.</p>

<p>Oggi siamo in undici: tostatori, baristi del nostro bancone e la squadra che prepara gli ordini online.</p>
"""),
        "/contatti/": ("Contatti – Torrefazione Lanterna", """
<h2 class="elementor-heading-title">Contatti</h2>

<p>Torrefazione Lanterna<br>Via Cesarea 33<br>16121 Genova GE</p>

<p>Bottega aperta lun–sab 7.30–19.30</p>
"""),
        "/note-legali/": ("Note legali – Torrefazione Lanterna", """
<h2 class="elementor-heading-title">Note legali</h2>

<p>Il sito è gestito da Torrefazione Lanterna S.r.l., Via Cesarea 33, 16121 Genova, P.IVA 03290150104, iscritta al Registro delle Imprese di Genova.</p>
"""),
    },
    footer='<p>© 2025 Torrefazione Lanterna S.r.l. – P.IVA 03290150104 – <a href="/note-legali/">Note legali</a> – <a href="/contatti/">Contatti</a></p><p class="credits">Design &amp; sviluppo: <a href="https://www.pixelfarm.it">Pixelfarm S.r.l.</a></p>',
    exp=dict(name="Torrefazione Lanterna", legal_name="Torrefazione Lanterna S.r.l.", employee_count=11, employee_range_min=11, employee_range_max=11,
             founded_year=1987, street_address="Via Cesarea 33", locality="Genova", postal_code="16121", country_code=None),
    people=["Franco Repetto"],
    traits=["woocommerce", "number-word-count", "year-starts-sentence", "customer-count-trap", "agency-legal-name-trap", "unscored:country_code"],
    notes="'Oggi siamo in undici' = 11. 'Nel 1987 Franco Repetto aprì' = founding. No country written.",
))

A(dict(
    domain="zanardi-meccanica.it", tpl="odoo", lang="it", html_lang="it-IT", name="Meccanica F.lli Zanardi", cookie="plain",
    odoo_copyright="Meccanica F.lli Zanardi S.p.A.", skip="Vai al contenuto",
    nav=[("/", "Home"), ("/azienda", "Azienda"), ("/lavorazioni", "Lavorazioni"), ("/contactus", "Contatti")],
    pages={
        "/": ("Meccanica F.lli Zanardi – Lavorazioni meccaniche di precisione", """
<h1 class="display-3-fs">Torneria e fresatura CNC per conto terzi</h1>

<p>Componenti per oleodinamica, valvolame e automotive: 38 centri di lavoro, 4 milioni di pezzi all'anno, clienti in 14 paesi.</p>
"""),
        "/azienda": ("Azienda | Meccanica F.lli Zanardi", """
<h2>La nostra azienda</h2>

<p>L'azienda è stata fondata nel 1946 da Angelo Zanardi e dal fratello Battista, che riparavano armi da caccia in un'officina di Lumezzane. Negli anni Sessanta arrivano i primi torni automatici, nel 2015 il nuovo stabilimento di 12.000 m².</p>

<p>I nostri 210 dipendenti lavorano su tre turni; la formazione interna è affidata a un'academy aperta nel 2018.</p>
"""),
        "/lavorazioni": ("Lavorazioni | Meccanica F.lli Zanardi", """
<h2>Lavorazioni</h2>

<ul><li>Tornitura da barra fino a Ø 65 mm</li><li>Fresatura a 5 assi</li><li>Rettifica e lappatura</li></ul>
"""),
        "/contactus": ("Contatti | Meccanica F.lli Zanardi", """
<h2>Contatti</h2>

<p>Meccanica F.lli Zanardi S.p.A.<br>Via Montesuello 212<br>25065 Lumezzane (BS)<br>Italia</p>

<p>Tel. +39 030 827 1140</p>
"""),
    },
    footer='<p><strong>Meccanica F.lli Zanardi S.p.A.</strong> – Via Montesuello 212, 25065 Lumezzane (BS) – Capitale sociale € 2.500.000 i.v. – P.IVA 00588420987</p><p><a href="/azienda">Azienda</a> | <a href="/contactus">Contatti</a></p>',
    exp=dict(name="Meccanica F.lli Zanardi", legal_name="Meccanica F.lli Zanardi S.p.A.", employee_count=210, employee_range_min=210, employee_range_max=210,
             founded_year=1946, street_address="Via Montesuello 212", locality="Lumezzane", postal_code="25065", country_code="IT"),
    cc_ev="Italia", people=["Angelo Zanardi", "Battista"],
    traits=["machine-count-trap", "area-number-trap", "building-year-trap", "country-count-trap"],
    notes="'I nostri 210 dipendenti'. 2015 plant and 2018 academy are not the founding. Founders Angelo Zanardi and 'il fratello Battista' listed as persons.",
))

# ---------------------------------------------------------------- Spain
A(dict(
    domain="reformasalbaida.es", tpl="wix", lang="es", html_lang="es", name="Reformas Albaida", cookie="cookieyes",
    nav=[("/", "Inicio"), ("/nosotros", "Nosotros"), ("/servicios", "Servicios"), ("/contacto", "Contacto"), ("/aviso-legal", "Aviso legal")],
    pages={
        "/": ("Reformas Albaida | Reformas integrales en Valencia", """
<h1 class="font_0 wixui-rich-text__text">Reformas integrales de pisos, cocinas y baños en Valencia</h1>

<p class="font_8 wixui-rich-text__text">Presupuesto cerrado, un solo interlocutor y plazos por escrito. Más de 900 reformas terminadas.</p>
"""),
        "/nosotros": ("Nosotros | Reformas Albaida", """
<h2 class="font_2 wixui-rich-text__text">Quiénes somos</h2>

<p class="font_8 wixui-rich-text__text">Desde 2004 reformamos viviendas y locales en Valencia y su área metropolitana. Empezamos con una furgoneta y dos albañiles; hoy somos un equipo de 11 personas: oficiales, fontanero, electricista, jefa de obra y oficina.</p>

<p class="font_8 wixui-rich-text__text">Somos empresa acreditada REA desde 2010.</p>
"""),
        "/servicios": ("Servicios | Reformas Albaida", """
<h2 class="font_2 wixui-rich-text__text">Servicios</h2>

<ul class="font_8 wixui-rich-text__text"><li>Reformas integrales</li><li>Cocinas y baños</li><li>Locales comerciales</li></ul>
"""),
        "/contacto": ("Contacto | Reformas Albaida", """
<h2 class="font_2 wixui-rich-text__text">Contacto</h2>

<p class="font_8 wixui-rich-text__text">Calle de Sueca 41<br>46006 Valencia<br>España</p>

<p class="font_8 wixui-rich-text__text">Tel. 963 41 27 08 · WhatsApp 650 218 433</p>
"""),
        "/aviso-legal": ("Aviso legal | Reformas Albaida", """
<h2 class="font_2 wixui-rich-text__text">Aviso legal</h2>

<p class="font_8 wixui-rich-text__text">Titular: Reformas Albaida, S.L. · CIF B98217364 · Calle de Sueca 41, 46006 Valencia · Inscrita en el Registro Mercantil de Valencia, Tomo 9.412, Folio 88, Hoja V-146.201.</p>
"""),
    },
    footer='<p class="font_9 wixui-rich-text__text">Reformas Albaida, S.L. · <a href="/aviso-legal">Aviso legal</a> · <a href="/contacto">Contacto</a></p>',
    exp=dict(name="Reformas Albaida", legal_name="Reformas Albaida, S.L.", employee_count=11, employee_range_min=11, employee_range_max=11,
             founded_year=2004, street_address="Calle de Sueca 41", locality="Valencia", postal_code="46006", country_code="ES"),
    cc_ev="España", people=[], traits=["team-of", "project-count-trap", "accreditation-year-trap"],
    notes="'un equipo de 11 personas'; 'Desde 2004'. REA 2010 is an accreditation.",
))

A(dict(
    domain="almazarasierradesegura.es", tpl="elementor", lang="es", html_lang="es-ES", name="Almazara Sierra de Segura", cookie="cookieyes",
    view_cart="Ver carrito", cart_url="/carrito/", skip="Ir al contenido",
    jsonld={"@context": "https://schema.org", "@type": "Organization", "name": "Almazara Sierra de Segura", "url": "https://almazarasierradesegura.es",
            "address": {"@type": "PostalAddress", "streetAddress": "Calle Real 18", "addressLocality": "Orcera", "postalCode": "23370", "addressRegion": "Jaén", "addressCountry": "ES"}},
    nav=[("/", "Inicio"), ("/tienda/", "Tienda"), ("/la-almazara/", "La almazara"), ("/contacto/", "Contacto"), ("/aviso-legal/", "Aviso legal")],
    pages={
        "/": ("Aceite de oliva virgen extra – Almazara Sierra de Segura", """
<h1 class="elementor-heading-title elementor-size-xl">AOVE de la Sierra de Segura, de la aceituna a tu mesa</h1>

<p>Picual de montaña molturada en menos de cuatro horas. Trabajamos con más de 400 agricultores de la comarca.</p>
"""),
        "/tienda/": ("Tienda – Almazara Sierra de Segura", """
<h2 class="elementor-heading-title">Tienda</h2>

<ul class="products"><li>Picual Cosecha Temprana 500 ml</li><li>Lata 5 l</li><li>Estuche regalo 3 × 250 ml</li></ul>
"""),
        "/la-almazara/": ("La almazara – Almazara Sierra de Segura", """
<h2 class="elementor-heading-title">Nuestra historia</h2>

<p>Fundada en 1996 por un grupo de familias de Orcera que querían embotellar su propio aceite, la almazara se amplió en 2012 con una segunda línea de molturación.</p>

<p>Contamos con 23 trabajadores fijos, y durante la campaña de recogida –de noviembre a enero– llegamos a ser 40.</p>

<p>Denominación de Origen Sierra de Segura · Medalla de oro en el concurso provincial de 2021.</p>
"""),
        "/contacto/": ("Contacto – Almazara Sierra de Segura", """
<h2 class="elementor-heading-title">Contacto</h2>

<p>Calle Real 18<br>23370 Orcera (Jaén)</p>

<p>Tel. 953 48 02 17 · pedidos@almazarasierradesegura.es</p>
"""),
        "/aviso-legal/": ("Aviso legal – Almazara Sierra de Segura", """
<h2 class="elementor-heading-title">Aviso legal</h2>

<p>En cumplimiento de la Ley 34/2002 (LSSI-CE) se informa que el titular de este sitio web es Almazara Sierra de Segura, S.L., con CIF B23418870 y domicilio en Calle Real 18, 23370 Orcera (Jaén).</p>
"""),
    },
    footer='<p>Almazara Sierra de Segura, S.L. · <a href="/aviso-legal/">Aviso legal</a> · <a href="/contacto/">Contacto</a></p><p>Web: <a href="https://www.olivodigital.es">Olivo Digital Marketing, S.L.U.</a></p>',
    exp=dict(name="Almazara Sierra de Segura", legal_name="Almazara Sierra de Segura, S.L.", employee_count=23, employee_range_min=23, employee_range_max=23,
             founded_year=1996, street_address="Calle Real 18", locality="Orcera", postal_code="23370", country_code="ES"),
    cc_ev='"addressCountry": "ES"', people=[],
    traits=["woocommerce", "seasonal-headcount-trap", "member-count-trap", "expansion-year-trap", "award-year-trap", "agency-legal-name-trap"],
    notes="23 permanent workers, 40 in the harvest season. Country from JSON-LD.",
))

A(dict(
    domain="nubaria.es", tpl="webflow", lang="es", html_lang="es", name="Nubaria", cookie="cookiebot",
    nav=[("/", "Inicio"), ("/producto", "Producto"), ("/empresa", "Empresa"), ("/equipo", "Equipo"), ("/contacto", "Contacto"), ("/legal", "Legal")],
    pages={
        "/": ("Nubaria – Software de planificación para clínicas veterinarias", """
<h1 class="heading-hero">La agenda de tu clínica veterinaria, sin papeles</h1>

<p class="paragraph-large">Citas, historiales y recordatorios de vacunas en una sola herramienta. Más de 120 clínicas ya trabajan con Nubaria.</p>
"""),
        "/producto": ("Producto – Nubaria", """
<h2>Producto</h2>

<p>Agenda compartida, historial clínico, facturación y recordatorios por SMS. Certificación ISO 27001 desde 2021.</p>
"""),
        "/empresa": ("Empresa – Nubaria", """
<h2 class="heading-2">Nuestra historia</h2>

<p>En 2016 tres ingenieros y una veterinaria fundaron Nubaria en un coworking de Malasaña. La primera versión se escribió para la clínica de una de ellas.</p>

<p>Somos 37 personas entre Madrid y remoto, repartidas en producto, soporte y ventas.</p>
"""),
        "/equipo": ("Equipo – Nubaria", """
<h2>Equipo directivo</h2>

<div class="team-grid w-layout-grid"><div class="team-card"><h3>Lucía Ortega</h3><p>CEO y cofundadora</p></div><div class="team-card"><h3>Javier Bermejo</h3><p>CTO y cofundador</p></div></div>
"""),
        "/contacto": ("Contacto – Nubaria", """
<h2>Contacto</h2>

<p>Calle de Fuencarral 121<br>28010 Madrid</p>

<p>hola@nubaria.es</p>
"""),
        "/legal": ("Aviso legal – Nubaria", """
<h2>Aviso legal</h2>

<p>Nubaria Software, S.L. – NIF B87651290 – Calle de Fuencarral 121, 28010 Madrid (España). Registro Mercantil de Madrid, tomo 35.118, folio 41, hoja M-631.904.</p>
"""),
    },
    footer='<p>© 2025 Nubaria Software, S.L.</p><p><a href="/legal">Aviso legal</a> · <a href="/empresa">Empresa</a> · <a href="/contacto">Contacto</a></p>',
    exp=dict(name="Nubaria", legal_name="Nubaria Software, S.L.", employee_count=37, employee_range_min=37, employee_range_max=37,
             founded_year=2016, street_address="Calle de Fuencarral 121", locality="Madrid", postal_code="28010", country_code="ES"),
    cc_ev="España", people=["Lucía Ortega", "Javier Bermejo"],
    traits=["year-starts-sentence", "customer-count-trap", "certification-year-trap", "team-page"],
    notes="'Somos 37 personas'; 'En 2016 ... fundaron'.",
))

A(dict(
    domain="clinicadentalaldapa.es", tpl="duda", lang="es", html_lang="es", name="Clínica Dental Aldapa", cookie="cookieyes",
    skip="Saltar al contenido principal",
    jsonld={"@context": "https://schema.org", "@type": "Dentist", "name": "Clínica Dental Aldapa", "numberOfEmployees": {"@type": "QuantitativeValue", "value": 12},
            "address": {"@type": "PostalAddress", "streetAddress": "Calle Urbieta 12", "postalCode": "20006", "addressLocality": "San Sebastián", "addressCountry": "ES"},
            "telephone": "+34 943 42 77 10"},
    nav=[("/", "Inicio"), ("/clinica", "La clínica"), ("/tratamientos", "Tratamientos"), ("/contacto", "Contacto"), ("/aviso-legal", "Aviso legal")],
    pages={
        "/": ("Clínica Dental Aldapa – Dentistas en San Sebastián", """
<h1><span style="display: initial;">Tu clínica dental en el centro de Donostia</span></h1>

<p>Implantología, ortodoncia invisible y odontopediatría. Primera visita sin coste.</p>
"""),
        "/clinica": ("La clínica – Clínica Dental Aldapa", """
<h2>La clínica</h2>

<p>Fundada en 1999 por el doctor Iñaki Arrieta, la clínica se trasladó en 2014 a su sede actual de la calle Urbieta, con seis gabinetes.</p>

<p>Hoy te atiende nuestro equipo de 16 profesionales: odontólogos, higienistas, auxiliares y recepción. La doctora Maialen Etxeberria dirige el área de ortodoncia.</p>
"""),
        "/tratamientos": ("Tratamientos – Clínica Dental Aldapa", """
<h2>Tratamientos</h2>

<ul><li>Implantes</li><li>Ortodoncia</li><li>Estética dental</li><li>Odontopediatría</li></ul>
"""),
        "/contacto": ("Contacto – Clínica Dental Aldapa", """
<h2>Contacto</h2>

<p>Calle Urbieta 12, bajo<br>20006 San Sebastián (Gipuzkoa)</p>

<p>Tel. 943 42 77 10</p>
"""),
        "/aviso-legal": ("Aviso legal – Clínica Dental Aldapa", """
<h2>Aviso legal</h2>

<p>Clínica Dental Aldapa, S.L.P. · CIF B20574133 · Calle Urbieta 12, 20006 San Sebastián · Registro sanitario n.º 20-C22-0311.</p>
"""),
    },
    footer='<p>Clínica Dental Aldapa, S.L.P. · <a href="/aviso-legal">Aviso legal</a> · <a href="/clinica">La clínica</a></p>',
    exp=dict(name="Clínica Dental Aldapa", legal_name="Clínica Dental Aldapa, S.L.P.", employee_count=16, employee_range_min=16, employee_range_max=16,
             founded_year=1999, street_address="Calle Urbieta 12", locality="San Sebastián", postal_code="20006", country_code="ES"),
    cc_ev='"addressCountry": "ES"', people=["Iñaki Arrieta", "Maialen Etxeberria"],
    traits=["localbusiness-subtype", "stale-jsonld-employees", "move-year-trap", "registry-number-trap", "unscored:industry,street_address"],
    notes="JSON-LD numberOfEmployees 12 is stale; page says 16. Contact page adds ', bajo' (floor) to the street: street unscored.",
))

A(dict(
    domain="queserialospicos.es", tpl="prestashop", lang="es", html_lang="es-es", name="Quesería Los Picos", cookie="plain",
    ps_lang_name="Español (Spanish)", ps_login="Iniciar sesión", ps_cart="Carrito", ps_home="Inicio", ps_store_info="Información de la tienda",
    ps_powered="Tienda online creada con PrestaShop", ps_country="6", ps_contact='<a href="/contactenos">Contacte con nosotros</a>',
    nav=[("/", "Inicio"), ("/content/4-sobre-nosotros", "Sobre nosotros"), ("/contactenos", "Contacto"), ("/content/2-aviso-legal", "Aviso legal")],
    pages={
        "/": ("Quesería Los Picos – Queso Picón Bejes-Tresviso", """
<h2>Queso azul madurado en cueva</h2>

<p>Elaborado con leche cruda de vaca, oveja y cabra de los pastos de los Picos de Europa. Envíos refrigerados a toda la península.</p>
"""),
        "/content/4-sobre-nosotros": ("Sobre nosotros", """
<p>Desde 1986 elaboramos queso picón en Tresviso, un pueblo al que hasta 1994 solo se llegaba a pie o en mula. La D.O.P. Picón Bejes-Tresviso se reconoció ese mismo año.</p>

<dl class="datos"><dt>Plantilla</dt><dd>15 personas</dd><dt>Producción anual</dt><dd>38 toneladas</dd><dt>Cuevas de maduración</dt><dd>3</dd></dl>
"""),
        "/contactenos": ("Contacto", """
<p>Quesería Los Picos de Tresviso<br>Calle Mayor 9<br>39580 Tresviso (Cantabria), España</p>

<p>Tel. 942 74 30 19</p>
"""),
        "/content/2-aviso-legal": ("Aviso legal", """
<p>Datos identificativos: Quesería Los Picos de Tresviso, S.L., CIF B39211462, Calle Mayor 9, 39580 Tresviso (Cantabria). Inscrita en el Registro Mercantil de Cantabria, hoja S-8.114.</p>
"""),
    },
    footer='<div class="block-contact"><p>Quesería Los Picos de Tresviso, S.L.<br>Calle Mayor 9<br>39580 Tresviso<br>España</p></div><ul><li><a href="/content/4-sobre-nosotros">Sobre nosotros</a></li><li><a href="/content/2-aviso-legal">Aviso legal</a></li></ul>',
    exp=dict(name="Quesería Los Picos", legal_name="Quesería Los Picos de Tresviso, S.L.", employee_count=15, employee_range_min=15, employee_range_max=15,
             founded_year=1986, street_address="Calle Mayor 9", locality="Tresviso", postal_code="39580", country_code="ES"),
    cc_ev="España", people=[],
    traits=["fact-box-dl", "road-year-trap", "certification-year-trap", "tonnage-trap", "unscored:name"],
    notes="'Plantilla: 15 personas'. 1994 is the road / DOP year. Brand name 'Quesería Los Picos' vs 'Quesería Los Picos de Tresviso' in contact: name unscored.",
))

# ---------------------------------------------------------------- Portugal
A(dict(
    domain="conservasmarealta.pt", tpl="wix", lang="pt", html_lang="pt", name="Conservas Maré Alta", cookie="plain",
    nav=[("/", "Início"), ("/a-fabrica", "A Fábrica"), ("/produtos", "Produtos"), ("/contactos", "Contactos")],
    pages={
        "/": ("Conservas Maré Alta | Conservas de peixe desde Matosinhos", """
<h1 class="font_0 wixui-rich-text__text">Sardinha, cavala e polvo em lata, enlatados à mão</h1>

<p class="font_8 wixui-rich-text__text">Mais de 2 milhões de latas por ano, do porto de Matosinhos para 22 países.</p>
"""),
        "/a-fabrica": ("A Fábrica | Conservas Maré Alta", """
<h2 class="font_2 wixui-rich-text__text">A fábrica</h2>

<p class="font_8 wixui-rich-text__text">A Maré Alta foi fundada em 1954 por um grupo de armadores de Leixões. Em 1998 a fábrica mudou-se para o edifício atual, junto à lota.</p>

<p class="font_8 wixui-rich-text__text">Na fábrica trabalham 38 pessoas, a maioria mulheres que descabeçam e enlatam o peixe à mão, como há setenta anos.</p>
"""),
        "/produtos": ("Produtos | Conservas Maré Alta", """
<h2 class="font_2 wixui-rich-text__text">Produtos</h2>

<ul class="font_8 wixui-rich-text__text"><li>Sardinhas em azeite</li><li>Cavala com piri-piri</li><li>Polvo em azeite e alho</li></ul>
"""),
        "/contactos": ("Contactos | Conservas Maré Alta", """
<h2 class="font_2 wixui-rich-text__text">Contactos</h2>

<p class="font_8 wixui-rich-text__text">Conservas Maré Alta, Lda.<br>Rua Roberto Ivens 220<br>4450-249 Matosinhos<br>Portugal</p>

<p class="font_8 wixui-rich-text__text">NIF 500 218 774 · Tel. 229 381 420</p>
"""),
    },
    footer='<p class="font_9 wixui-rich-text__text">© Conservas Maré Alta, Lda. · <a href="/contactos">Contactos</a> · <a href="/a-fabrica">A Fábrica</a> · Livro de Reclamações</p>',
    exp=dict(name="Conservas Maré Alta", legal_name="Conservas Maré Alta, Lda.", employee_count=38, employee_range_min=38, employee_range_max=38,
             founded_year=1954, street_address="Rua Roberto Ivens 220", locality="Matosinhos", postal_code="4450-249", country_code="PT"),
    cc_ev="Portugal", people=[], traits=["x-people-work-at", "volume-trap", "move-year-trap", "country-count-trap"],
    notes="'Na fábrica trabalham 38 pessoas'. 1998 = move.",
))

A(dict(
    domain="corticaviva.pt", tpl="elementor", lang="pt", html_lang="pt-PT", name="Cortiça Viva", cookie="cookieyes",
    view_cart="Ver carrinho", cart_url="/carrinho/", skip="Saltar para o conteúdo",
    word_fields=["employee_count", "employee_range_min", "employee_range_max"],
    nav=[("/", "Início"), ("/loja/", "Loja"), ("/quem-somos/", "Quem somos"), ("/contactos/", "Contactos"), ("/termos-e-condicoes/", "Termos e condições")],
    pages={
        "/": ("Cortiça Viva – Objetos de design em cortiça portuguesa", """
<h1 class="elementor-heading-title">Design em cortiça, feito em Santa Maria da Feira</h1>

<p>Malas, cadernos e peças para a casa em cortiça natural, produzidos em pequenas séries.</p>
"""),
        "/loja/": ("Loja – Cortiça Viva", """
<h2 class="elementor-heading-title">Loja</h2>

<ul class="products"><li>Tote Montado – 49 €</li><li>Caderno A5 – 18 €</li><li>Base de tachos – 12 €</li></ul>
"""),
        "/quem-somos/": ("Quem somos – Cortiça Viva", """
<h2 class="elementor-heading-title">Quem somos</h2>

<p>A família trabalha a cortiça há três gerações, mas a marca Cortiça Viva existe desde 2015, quando a Rita e o irmão decidiram desenhar os seus próprios produtos.</p>

<p>Somos uma equipa de seis: design, costura, corte e expedição, tudo debaixo do mesmo teto.</p>
"""),
        "/contactos/": ("Contactos – Cortiça Viva", """
<h2 class="elementor-heading-title">Contactos</h2>

<p>Rua do Outeiro 45<br>4535-211 Lamas<br>Santa Maria da Feira – Portugal</p>
"""),
        "/termos-e-condicoes/": ("Termos e condições – Cortiça Viva", """
<h2 class="elementor-heading-title">Termos e condições</h2>

<p>A loja online corticaviva.pt é explorada por Cortiça Viva – Design em Cortiça, Unipessoal Lda., NIPC 514 882 031, com sede na Rua do Outeiro 45, 4535-211 Lamas.</p>
"""),
    },
    footer='<p>© 2025 Cortiça Viva – Design em Cortiça, Unipessoal Lda. · <a href="/termos-e-condicoes/">Termos e condições</a> · <a href="/quem-somos/">Quem somos</a> · <a href="https://www.livroreclamacoes.pt">Livro de Reclamações</a></p>',
    exp=dict(name="Cortiça Viva", legal_name="Cortiça Viva – Design em Cortiça, Unipessoal Lda.", employee_count=6, employee_range_min=6, employee_range_max=6,
             founded_year=2015, street_address="Rua do Outeiro 45", locality="Lamas", postal_code="4535-211", country_code="PT"),
    cc_ev="Portugal", people=["Rita"],
    traits=["woocommerce", "number-word-count", "family-vs-brand-year", "unscored:locality"],
    notes="'Somos uma equipa de seis' = 6. Family cork tradition (no year) vs brand since 2015 → 2015. Locality Lamas vs municipality Santa Maria da Feira: unscored.",
))

A(dict(
    domain="ferreiraematos.pt", tpl="odoo", lang="pt", html_lang="pt-PT", name="Ferreira & Matos", cookie="plain", odoo_lang="pt_PT",
    odoo_copyright="Ferreira &amp; Matos – Contabilidade e Gestão, Lda.", skip="Saltar para o conteúdo",
    nav=[("/", "Início"), ("/sobre-nos", "Sobre nós"), ("/servicos", "Serviços"), ("/contactus", "Contactos")],
    pages={
        "/": ("Ferreira &amp; Matos – Contabilidade em Coimbra", """
<h1>Contabilidade, fiscalidade e salários para PME</h1>

<p>Acompanhamos mais de 350 clientes, de empresários em nome individual a sociedades com dezenas de trabalhadores.</p>
"""),
        "/sobre-nos": ("Sobre nós | Ferreira &amp; Matos", """
<h2>Sobre nós</h2>

<p>O gabinete iniciou a atividade em 1991, quando dois técnicos oficiais de contas abriram um pequeno escritório na Baixa de Coimbra. Em 2006 a sociedade passou a ter a forma atual.</p>

<p>Contamos hoje com mais de 20 colaboradores, entre contabilistas certificados, técnicos de recursos humanos e apoio administrativo.</p>
"""),
        "/servicos": ("Serviços | Ferreira &amp; Matos", """
<h2>Serviços</h2>

<ul><li>Contabilidade organizada</li><li>Processamento salarial</li><li>Apoio a candidaturas Portugal 2030</li></ul>
"""),
        "/contactus": ("Contactos | Ferreira &amp; Matos", """
<h2>Contactos</h2>

<p>Avenida Fernão de Magalhães 584<br>3000-174 Coimbra<br>Portugal</p>

<p>Tel. 239 834 510</p>
"""),
    },
    footer='<p><strong>Ferreira &amp; Matos – Contabilidade e Gestão, Lda.</strong> · NIPC 504 127 663 · Avenida Fernão de Magalhães 584, 3000-174 Coimbra</p><p><a href="/sobre-nos">Sobre nós</a> · <a href="/contactus">Contactos</a></p>',
    exp=dict(name="Ferreira & Matos", legal_name="Ferreira & Matos – Contabilidade e Gestão, Lda.", employee_count=20, employee_range_min=20, employee_range_max=None,
             founded_year=1991, street_address="Avenida Fernão de Magalhães 584", locality="Coimbra", postal_code="3000-174", country_code="PT"),
    cc_ev="Portugal", people=[],
    traits=["more-than-N", "client-count-trap", "legal-form-change-year", "html-entity-name"],
    notes="'mais de 20 colaboradores' → 20/min/null. Activity since 1991; 2006 = change of legal form.",
))

# ---------------------------------------------------------------- Greece
A(dict(
    domain="alkyoni-naxos.gr", tpl="squarespace", lang="el", html_lang="el-GR", name="Ξενοδοχείο Αλκυόνη", tz="Europe/Athens",
    nav=[("/", "Αρχική"), ("/to-xenodoxeio", "Το ξενοδοχείο"), ("/domatia", "Δωμάτια"), ("/epikoinonia", "Επικοινωνία")],
    pages={
        "/": ("Ξενοδοχείο Αλκυόνη – Νάξος", """
<h1>Ένα οικογενειακό ξενοδοχείο δίπλα στην παραλία του Αγίου Γεωργίου</h1>

<p>24 δωμάτια με θέα στη θάλασσα, πρωινό με προϊόντα της Νάξου και πέντε λεπτά με τα πόδια από τη Χώρα.</p>
"""),
        "/to-xenodoxeio": ("Το ξενοδοχείο – Αλκυόνη", """
<h2>Η ιστορία μας</h2>

<p>Το ξενοδοχείο άνοιξε το 1979 με οκτώ δωμάτια, στο οικόπεδο όπου ο παππούς Μανώλης είχε το περιβόλι του. Το 2017 ανακαινίστηκε πλήρως.</p>

<p>Το προσωπικό μας αποτελείται από 18 άτομα, που τα περισσότερα επιστρέφουν κάθε καλοκαίρι εδώ και χρόνια.</p>

<p>Αριθμός Μητρώου ΜΗΤΕ: 1174Κ013Α0225500</p>
"""),
        "/domatia": ("Δωμάτια – Αλκυόνη", """
<h2>Δωμάτια</h2>

<p>Δίκλινα, τρίκλινα και οικογενειακές σουίτες με μπαλκόνι.</p>
"""),
        "/epikoinonia": ("Επικοινωνία – Αλκυόνη", """
<h2>Επικοινωνία</h2>

<p>Αγίου Αρσενίου 14<br>843 00 Νάξος<br>Ελλάδα</p>

<p>Τηλ. +30 22850 23 118</p>
"""),
    },
    footer='<p>Αλκυόνη Ξενοδοχειακή Ι.Κ.Ε. · ΑΦΜ 800412736 · Αγίου Αρσενίου 14, 843 00 Νάξος</p><p><a href="/epikoinonia">Επικοινωνία</a> · <a href="/to-xenodoxeio">Το ξενοδοχείο</a></p>',
    exp=dict(name="Ξενοδοχείο Αλκυόνη", legal_name="Αλκυόνη Ξενοδοχειακή Ι.Κ.Ε.", employee_count=18, employee_range_min=18, employee_range_max=18,
             founded_year=1979, street_address="Αγίου Αρσενίου 14", locality="Νάξος", postal_code="843 00", country_code="GR"),
    cc_ev="Ελλάδα", people=["Μανώλης"],
    traits=["greek-script", "room-count-trap", "renovation-year-trap", "license-number-trap", "unscored:name"],
    notes="'Το προσωπικό μας αποτελείται από 18 άτομα'. 2017 renovation. Name 'Ξενοδοχείο Αλκυόνη' vs 'Αλκυόνη': unscored.",
))

A(dict(
    domain="elaiourgia-messinias.gr", tpl="drupal", lang="el", html_lang="en", name="Ελαιουργία Μεσσηνίας", cookie="cookiebot",
    skip="Μετάβαση στο κύριο περιεχόμενο",
    nav=[("/", "Αρχική"), ("/etaireia", "Η εταιρεία"), ("/proionta", "Προϊόντα"), ("/epikoinonia", "Επικοινωνία")],
    pages={
        "/": ("Ελαιουργία Μεσσηνίας Α.Ε. – Ελαιόλαδο Καλαμάτας", """
<p>Εξαιρετικό παρθένο ελαιόλαδο από την ποικιλία Κορωνέικη, τυποποιημένο στην Καλαμάτα. Εξαγωγές σε 18 χώρες.</p>
"""),
        "/etaireia": ("Η εταιρεία", """
<p>Η Ελαιουργία Μεσσηνίας ιδρύθηκε το 1962 από συνεταιρισμό παραγωγών της περιοχής και μετατράπηκε σε ανώνυμη εταιρεία το 1988.</p>

<p>Σήμερα η εταιρεία απασχολεί 41 εργαζόμενους στο ελαιοτριβείο και στη μονάδα τυποποίησης. Πιστοποίηση ISO 22000 από το 2010.</p>
"""),
        "/proionta": ("Προϊόντα", """
<ul><li>Εξαιρετικό παρθένο ελαιόλαδο ΠΟΠ Καλαμάτα</li><li>Ελιές Καλαμών</li><li>Βιολογικό ελαιόλαδο</li></ul>
"""),
        "/epikoinonia": ("Επικοινωνία", """
<p>Ελαιουργία Μεσσηνίας Α.Ε.<br>Αρτέμιδος 85<br>241 00 Καλαμάτα<br>Ελλάδα</p>

<p>Τηλ. 27210 88 412 · ΓΕΜΗ 042118236000</p>
"""),
    },
    footer='<p>© 2025 Ελαιουργία Μεσσηνίας Α.Ε. – Αρτέμιδος 85, 241 00 Καλαμάτα – <a href="/epikoinonia">Επικοινωνία</a> – <a href="/etaireia">Η εταιρεία</a></p>',
    exp=dict(name="Ελαιουργία Μεσσηνίας", legal_name="Ελαιουργία Μεσσηνίας Α.Ε.", employee_count=41, employee_range_min=41, employee_range_max=41,
             founded_year=1962, street_address="Αρτέμιδος 85", locality="Καλαμάτα", postal_code="241 00", country_code="GR"),
    cc_ev="Ελλάδα", people=[],
    traits=["greek-script", "wrong-html-lang", "legal-form-change-year", "certification-year-trap", "country-count-trap"],
    notes="<html lang=en> but content Greek. 1962 founding; 1988 became an A.E.",
))
