"""The founding year stated in running text or a key-figure table, in the languages of European
company sites, built from word classes rather than sentences:

- a founding verb or participle, then the year within the same clause: "founded in 1998",
  "gegründet am 1. April 1950", "fondata nel", "opgericht anno", "założona w 1996 roku", "創立1984年";
- the year, then the participle: "1998 gegründet", "in 1990 opgericht", "1984年に設立";
- a founding noun where it can only mean this company's founding: a label ("Gründungsjahr: 1998",
  "Anno di nascita", "Rok powstania"), after a possessive ("depuis sa création en", "seit ihrer
  Gründung", "desde su fundación"), or in "1998, anno di fondazione";
- the start of the company's story: "Our story began in 1998", "Alles begann 1998";
- a tagline that is only "since YEAR" ("Since 1998", "Familienunternehmen seit 1920", "dal 1965").

Never a year after © or "copyright", a year in a span ("© 1998–2025", "1998-2005"), nor a future
year; a sentence that merely starts with "since" ("Since 2005 employees and customers have grown")
is not a founding statement.
"""

from __future__ import annotations

import datetime as dt
import re

_YEAR = r"(?<![\d.,/–\-])(1[6-9]\d\d|20\d\d)(?![\d])(?!\s*[–\-]\s*(?:1[6-9]|20)\d\d)"
# Founding verbs and participles: each says "this company was founded" by itself.
VERBS = (
    r"founded|established|incorporated|(?:was|were|been)\s+set\s+up|est\.|gegr[üu]ndet|gegr\.|gr[üu]ndeten|gr[üu]ndete|gr[üu]ndet|fond[ée]e?s?|cr[ée]{2}e?s?|"
    r"fondat[aoie]|nat[aoie]|fundad[ao]s?|cread[ao]|nacimos|naci[óo]|opgericht|richtten|fundad[ao]|criad[ao]|nasceu|"
    # simple pasts and the narrative present: "se fundó", "fundaram", "fondò", "nasce nel", "fonda en"
    r"fund[óo]|fundaron|fundamos|fundou|fundaram|fund[áa]mos|fond[òo]|fondarono|fondammo|nasce|nacque|nacquero|"
    r"fond[èe]rent|richtte(?=(?:\s+(?!zich(?![^\W\d_]))[^\s.;,]+){1,6}\s+op(?![^\W\d_]))|costituit[aoie]|constituid[ao]s?|constitu[ée]e?s?|"
    r"nascemos|za[łl]o[żz]on[aeyą]?|grundat|fundat|ιδρ[υύ]θηκε|ιδρ[υύ]σαμε|[îi]nfiin[țţt]at[ăa]?|fondat[ăa]|za[łl]o[żz]yli[śs]my|powsta[łl](?:a|o|y)?|perustettu|perustettiin|perusti|grundad|"
    r"grundades|grundlagt|grundlagd|stiftet|etablert|etableret|zalo[žz]en[aáoéýí]?|stofna[ðd]\w{0,3}|alap[íi]tva|設立|創業|創立|"
    # Croatian/Slovene/Serbian "osnovano je 1956.", "ustanovljeno leta 1990"; Polish/Czech past tenses
    # "założył w 1991", "jsme založili v roce 2012"; Hungarian "1997-ben alapította"; Baltic and Bulgarian
    # participles; "was started in a garage in 1997"; French "la brasserie est née en 2014".
    r"osnovan\w{0,3}|osnova(?:o|la|li|le)|ustanovljen\w{0,3}|ustanovil\w{0,3}|za[łl]o[żz]y[łl]\w{0,3}|zalo[žz]il\w{0,3}|"
    r"alap[íi]t(?:otta|ottuk|ott[áa]k|ottam|ott)|asutatud|asutati|dibin[āa]t\w{0,3}|[įi]kurt\w{0,2}|[įi]steigt\w{0,2}|"
    r"основан\w{0,3}|(?:was|were)\s+started|(?:est|sont|fut)\s+n[ée]e?s?"
)
# Founding nouns: "Gründung" is also the founding of a subsidiary, so a noun counts only where it can
# only mean the company's own (see module docstring).
NOUNS = (r"founding|foundation|establishment|(?:firmen|unternehmens|gesch[äa]fts|betriebs)?gr[üu]ndung(?:sjahr)?|fondation|cr[ée]ation|fondazione|nascita|fundaci[óo]n|"
         r"creaci[óo]n|nacimiento|oprichting(?:sjaar)?|funda[çc][ãa]o|cria[çc][ãa]o|nascimento|za[łl]o[żz]eni[ae]|powstani[ae]|"
         r"perustamis(?:vuosi|vuonna)?|grundande|grundl[æa]ggelse|stiftelse|vznik|alap[íi]t[áa]s")
SINCE = r"(?:since|seit|depuis|dal|dall'|dalla|fin\s+dal|desde|sinds|vanaf|od|sedan|siden|vuodesta)"
# Whose founding: "sa création", "seit ihrer Gründung", "since the founding", never "la création d'une filiale".
_POSSESSIVE = (r"(?:sa|son|leur|su|sua|seine[rm]?|ihre[rm]?|unsere[rm]?|its|our|their|notre|nostra|nuestra|nossa|onze|hun|"
               rf"haar|{SINCE}\s+(?:the|der|la|l'|a|el|de|het|il)?)")
_LABEL_WORDS = (r"(?:year|date|jahr|datum|ann[ée]e|date|anno|data|a[ñn]o|fecha|jaar|datum|ano|data|rok|data|vuosi|[åa]r|"
                r"of|de|di|des|der|du|del|della|do|da)")
_GAP = r"(?:[^\d\n.;!?]|(?<![\d])\d{1,2}\.?(?![\d]))"  # words, and a day of the month ("am 1. April 1998")
_STORY = (r"(?:story|history|journey|histoire|aventure|parcours|geschichte|weg|storia|avventura|percorso|historia|aventura|"
          r"andadura|trayectoria|verhaal|geschiedenis|avontuur|hist[óo]ria|percurso|przygoda|droga|tarina|matka|it\s+all|alles|"
          r"tout|tutto|todo|tudo|wszystko|kaikki|het\s+(?:allemaal\s+)?|allt)")
# "began operations", "a commencé son activité", "aloitti toimintansa": the company started working.
_ACTIVITY = (r"(?:(?:its|their|our|sa|son|leur|seine|ihre|la\s+sua|la\s+propria|su|sus|zijn|haar|a\s+sua|swoj[ąa])\s+)?"
             r"(?:operations|activity|activities|business|trading|activit[ée]s?|gesch[äa]ftst[äa]tigkeit|t[äa]tigkeit|betrieb|"
             r"attivit[àa]|actividad(?:es)?|activiteiten|atividade|dzia[łl]alno[śs][ćc]|toimintansa|toiminta)")
# Idioms of a company's birth: "opened its doors", "vit le jour", "zag het levenslicht", "vio la luz".
_BIRTH = (r"(?:opened\s+(?:its|our|their)\s+doors|ouvert\s+ses\s+portes|vu\s+le\s+jour|vit\s+le\s+jour|licht\s+der\s+welt|"
          r"(?:seine|ihre)\s+t[üu]ren\s+ge[öo]ffnet|vide\s+la\s+luce|aperto\s+(?:i\s+battenti|le\s+porte)|vio\s+la\s+luz|"
          r"abri[óo]\s+sus\s+puertas|levenslicht|deuren\s+geopend|viu\s+a\s+luz|abriu\s+as\s+portas|[śs]wiat[łl]o\s+dzienne)")
_BEGAN = (r"(?:began|begins|started|starts|commenc\w*|d[ée]but\w*|aufgenommen|nahm|beginnt|begann|begonnen|startete|startte|startten|fing|"
          r"angefangen|startede|startet|begyndt|"
          r"inizi\w*|[èe]\s+iniziat[ao]|cominci\w*|comienza|comenz[óo]|empez[óo]|empieza|arranca|arranc[óo]|begint|begon|"
          r"come[çc]a|come[çc]ou|inici[óo]|iniciou|zaczyna|zacz[ęe][łl]\w*|rozpocz[ęe][łl]\w*|alkoi|aloitti|alkaa|b[öo]rjade|"
          r"begyndte|startade)")

# A word ends here: not followed by a Latin letter (設立 may be followed by されました).
_END = r"(?![^\W\d_\u3040-\u30ff\u3400-\u9fff])"
_AND = r"(?:und|and|et|e|ed|y|och|og|ja|oraz|und\s+dann|and\s+then)"  # not "en", "i", "a": also "in"/"to"
_IN_YEAR = r"(?:in|im|en|nel|em|w|vuonna|in\s+the\s+year|im\s+jahr[e]?|en\s+el\s+a[ñn]o|nell'anno|no\s+ano\s+de)"
_RULES = tuple(re.compile(p) for p in (
    rf"(?i)(?<![^\W\d_])(?:{VERBS}){_END}(?!{_GAP}{{0,30}}?(?<![^\W\d_]){_AND}\s+(?:(?:in|im|en|nel|em|w)\s+)?{_YEAR})"
    rf"{_GAP}{{0,30}}?{_YEAR}",
    # Labels: "Gründungsjahr 1998", "Rok powstania firmy: 1998", "Date de création : 1998".
    rf"(?i)^(?:{_LABEL_WORDS}\s+){{0,3}}(?:{NOUNS}){_END}(?:(?:\s+[^\W\d_][\w'’]*){{0,3}}\s*[:：]|\s+{_IN_YEAR})?\s*{_YEAR}",
    rf"(?i)(?<![^\W\d_]){_POSSESSIVE}\s*(?:{NOUNS}){_END}{_GAP}{{0,30}}?{_YEAR}",
    rf"(?i)(?<![^\W\d_]){_STORY}\s+(?:\w+\s+){{0,2}}?{_BEGAN}{_END}{_GAP}{{0,20}}?{_YEAR}",
    rf"(?i)(?<![^\W\d_])(?:{_BEGAN})\s+{_ACTIVITY}{_END}{_GAP}{{0,20}}?{_YEAR}",
    rf"(?i){_YEAR}[^.;!?\d]{{0,40}}?(?<![^\W\d_]){_BIRTH}|(?<![^\W\d_]){_BIRTH}[^.;!?\d]{{0,40}}?{_YEAR}",
    rf"(?i){_YEAR}(?:\s*年\s*(?:に)?\s*|\s+|\s*,\s*|\s*:\s*)(?:(?:(?:{_LABEL_WORDS}|{_POSSESSIVE})\s+){{1,3}}(?:{NOUNS})|"
    rf"(?:{VERBS})){_END}",
    rf"(?i)^[^\d:;.!?]{{0,30}}?(?<![^\W\d_]){SINCE}\s*[:：]?\s+(?:(?:the\s+year|dem\s+jahr|l'ann[ée]e|l'anno|el\s+a[ñn]o|het\s+jaar|"
    rf"o\s+ano|roku)\s+)?{_YEAR}(?:\s*(?:roku|r\.))?\s*[.!]?$",
    # A timeline's entry: "1998: Gründung", "1998 – founding of the company" (the earliest comes first).
    rf"(?i)^{_YEAR}\s*[:–—\-]?\s*(?:(?:the|die|der|la|le|il|el|a|de|het)\s+)?(?:{NOUNS}|{VERBS}){_END}",
    # "od 1998 roku, kiedy firma została założona", "1998, when the company was founded".
    rf"(?i){_YEAR}[^.;!?\d]{{0,45}}?(?<![^\W\d_])(?:{VERBS}){_END}",
))
# "family business since 1949", "tre generazioni, dal 1962", "rodzinną firmą od 1956 roku": a family's or a
# generation's "since" dates the company; a bare "since 2005" in a sentence does not.
_GENERATIONS = (r"(?:\d+(?:\.|th|rd|nd|st|ª|º|e|ème)?|second|third|fourth|fifth|two|three|four|five|zweite[nr]?|dritte[nr]?|"
                r"vierte[nr]?|f[üu]nfte[nr]?|zwei|drei|vier|f[üu]nf|deuxi[èe]me|troisi[èe]me|quatri[èe]me|deux|trois|quatre|"
                r"second[ao]|terz[ao]|quart[ao]|due|tre|quattro|segund[ao]|tercer[ao]?|cuart[ao]|dos|tres|cuatro|tweede|derde|"
                r"vierde|twee|drie|terceir[ao]|duas|tr[êe]s|drugi[eaą]?|trzeci[eaą]?|czwart[eaą]|toinen|kolmas|nelj[äa]s|"
                r"andra|anden|tredje|fjerde|fj[äa]rde)")
# "family business since 1949", "tre generazioni, dal 1962", "rodzinną firmą od 1956 roku": a family's or a
# counted generation's "since" dates the company; a bare "since 2005", or "a new generation of pumps since
# 2019", does not.
_FAMILY = (r"(?:famil\w*+(?!\s+of\s)|famigli\w*|fam[íi]li\w*|obitelj\w*|dru[žz]in\w*|rodin\w*|csal[áa]d\w*|rodzin\w*|perhe\w*|meisterbetrieb|traditionsbetrieb|traditionsunternehmen|"
           rf"{_GENERATIONS}[\s\-]+(?:generation\w*|generazion\w*|generaci\w*|g[ée]n[ée]ration\w*|generatie\w*|gera[çc]\w*|"
           r"pokoleni\w*|sukupolv\w*))")
# Being in business: "bestaat sinds 1979", "Działamy od 1997 roku", "in business since", "tätig seit", "attivi dal".
_EXISTS = (r"(?:exists?|existing|existiert|existieren|besteh\w*|bestaat|bestaan|existe|existent|esiste|esistiamo|istnieje|"
           r"istniejemy|dzia[łl]a\w*|in\s+business|operating|trading|actief|aktiv|t[äa]tig|attiv[io]|operiamo|operativ[io]|"
           r"activos|ativos|en\s+activit[ée]|na\s+rynku|na\s+trhu(?:\s+p[ôo]sob[íi]me)?|p[ôo]sob[íi]me|p[ůu]sob[íi]me|on\s+the\s+market|"
           r"am\s+markt|sur\s+le\s+march[ée]|sul\s+mercato|en\s+el\s+mercado|op\s+de\s+markt|no\s+mercado)")
_SINCE_YEAR = rf"(?<![^\W\d_]){SINCE}\s+(?:(?:the\s+year|dem\s+jahr|l'ann[ée]e|l'anno|el\s+a[ñn]o|het\s+jaar|o\s+ano|roku)\s+)?{_YEAR}"
_WE = r"(?:we|wij|wir|nous|noi|vi|my|me|n[óo]s)"
_OPENED = (r"(?:opened|apre|aprono|ouvre|ouvrent|abre|abren|abrieron|obri[ru]\w{0,3}|[öo]ffnet|opent|otwiera|otev[íi]r[áa]|er[öo]ffnet(?:e|en)?|ouvert[e]?|ouvrit|aperto|aperta|aprirono|apr[ìi]|abri[óo]|abrimos|abiert[oa]|"
           r"geopend|openden|opende|abriu|abriram|abert[oa]|otworzy\w*|otwart\w*|otev[řr]el\w*|otev[řr]en\w*|avasi\w*|"
           r"avattiin|[öo]ppnade|[åa]bnede|[åa]bnet|[åa]pnet|[åa]pnede|opna[ðd]i|odprl\w{0,2}|odprt\w{0,2}|otvori\w{0,2}|"
           r"otvoren\w{0,2}|atvēr\w{0,3}|atidar\w{0,3}|avati|avas|megnyit\w{0,4})")
# Another opening than the company's: a new or second site, a branch, an office, an online shop.
_OTHER_OPENING = re.compile(
    r"(?i)(?<![^\W\d_])(?:new|second|third|another|neue[nrs]?|zweite[nrs]?|weitere[nrs]?|nouve(?:au|lle)|deuxi[èe]me|seconde?|"
    r"nuov[oa]|second[oa]|altr[oa]|nuev[oa]|segund[oa]|otr[oa]|nieuwe?|tweede|nov[oa]|drug[iaą]|now[yaą]|uusi|toinen|ny[ae]?|"
    r"andra|anden|branch\w*|filial\w*|office|offices|location|niederlassung|standort|zweigstelle|b[üu]ro|bureau|agence|"
    r"succursale|sede|sucursal|oficina|vestiging|kantoor|escrit[óo]rio|oddzia[łl]|biuro|toimipiste|konttori|pobo[čc]k\w*|"
    r"online|web(?:shop|store|site|seite|winkel|sklep|butik)?|e-?shop|showroom|warehouse|lager|entrep[ôo]t|magazzino|almac[ée]n|magazijn|armaz[ée]m|fabrik|factory|usine)"
    r"(?![^\W\d_])")
_MORE_RULES = tuple(re.compile(p) for p in (
    rf"(?i)(?<![^\W\d_]){_FAMILY}[^.;!?\d]{{0,50}}?{_SINCE_YEAR}|{_SINCE_YEAR}[^.;!?\d]{{0,40}}?(?<![^\W\d_]){_FAMILY}",
    rf"(?i)(?<![^\W\d_]){_EXISTS}\s+(?:(?:already|schon|bereits|d[ée]j[àa]|gi[àa]|ya|al|j[áa]|ju[żz])\s+)?{_SINCE_YEAR}",
    # "In 2011 begonnen we", "Vi startede i 2018", "We started in 2009", "Angefangen hat alles 2014".
    rf"(?i)(?:^|(?<=[.!?]\s))(?:in|im|en|nel|em|i|w)\s+{_YEAR}\s*,?\s+{_BEGAN}\s+(?:{_WE}(?![^\W\d_])|(?-i:[A-ZÀ-Ý][\w'’\-]+\s+)+"
    rf"(?:(?-i:[A-ZÀ-Ý][\w'’\-]+\s+)|(?:zijn|haar|his|her|their|sein\w*|ihr\w*|son|sa|ses|su|sus|il\s+suo|la\s+sua)\s+))",
    rf"(?i)(?<![^\W\d_]){_WE}\s+(?:\w+\s+)?{_BEGAN}{_END}\s+(?:(?-i:[A-ZÀ-Ý][\w'’&\-]*)\s+){{0,4}}"
    rf"(?:(?:in|im|en|nel|em|i|w)\s+)?{_YEAR}",
    rf"(?i)(?<![^\W\d_]){_BEGAN}\s+(?:hat|hatte|ha|a|has|had|heeft)\s+(?:(?:es|alles|tutto|tout|everything|it\s+all|het)\s+)+"
    rf"(?:(?:im\s+jahr|in|en|nel|em)\s+)?{_YEAR}",
    # Opening a shop is its founding ("è stata aperta nel 1958", "Kavárnu jsme otevřeli v roce 2014"), last of all
    # and never in a clause about another opening (a new branch, a second shop, an office, an online shop).
    rf"(?i)(?<![^\W\d_]){_OPENED}{_END}[^.;!?\d]{{0,60}}?{_YEAR}|{_YEAR}[^.;!?\d]{{0,50}}?(?<![^\W\d_]){_OPENED}{_END}",
))
# A partnership, certification, membership or award dated by a year ("seit 2004 Microsoft Partner",
# "ISO 9001 certified since 2016", "member since 1999", "socio dal 2001"): not a founding year, unless
# the same clause also says founding ("1998 als Microsoft-Partner gegründet").
_AFFILIATION = re.compile(
    r"(?i)(?<![^\W\d_])(?:partner\w*|partenaire\w*|certifi\w*|zertifi\w*|certific\w*|gecertificeerd\w*|certyfik\w*|"
    r"accredit\w*|akkredit\w*|accr[ée]dit\w*|member\w*|mitglied\w*|membre\w*|socio|soci|associat[oa]|miembro\w*|lid|"
    r"membro\w*|cz[łl]onk\w*|medlem\w*|j[äa]sen\w*|award\w*|ausgezeichnet\w*|preisträger\w*|prix|laur[ée]at\w*|premio|premiad\w*|"
    r"prize|winner|listed|b[öo]rsennotiert|cot[ée]e?|quotata|iso\s*\d+|dealer|h[äa]ndler|concessionnaire|concessionari\w*|"
    r"distribu\w*|vertrags\w*|authori[sz]ed|autoris[ée]\w*|autorizzat\w*|lieferant|supplier|fournisseur|fornitore)(?![^\W\d_])")
_FOUNDING_WORD = re.compile(rf"(?i)(?<![^\W\d_])(?:{VERBS}|{NOUNS}){_END}")
# "bought it in 1962 and opened the farm stay in 2004": the opening verb's own year is the opening's.
_OPENED_LATER = re.compile(rf"(?i)^[^.;!?\d]{{0,30}}?{_YEAR}")
_COPYRIGHT = re.compile(r"(?i)(?:©|\(c\)|copyright|&copy;)\s*$")
_SINCE_RULES = (_RULES[7], _MORE_RULES[0])  # the tagline "… since 1998" and a family's "since"
_TIMELINE_RULES = (_RULES[0], _RULES[8], _RULES[9])  # a founding verb or noun next to its year
_BELONGS = re.compile(r"(?i)(?<![^\W\d_])(?:belongs?|belonged|pertence\w*|pertenece\w*|appartien\w*|appartene\w*|"
                      r"geh[öo]r\w*|behoort|behoorde|nale[żz]\w*|tillh[öo]r\w*|kuulu\w*|pat[řr][íi]|pripada)(?![^\W\d_])")

# --- "Since 1989, we …": the company doing its work since a year -------------------------------------
# A clause whose subject is the company ("we", a verb in the first person plural, the firm, the family,
# its proper name) and that says "since YEAR", at its start ("Seit 2010 fertigen wir …", "Desde 1994
# asesoramos …", "Dal 1935 la famiglia …", "Sinds 1965 bakken wij …", "Depuis 1989, Hélène et Jacques
# affinent …", "Od roku 1991 produkujemy …") or after the subject ("Harbour Light has been wiring homes
# since 2006", "Wir bauen seit 1985 Treppen"). Read last of all, and never in a clause that dates
# something else: a membership or award (_AFFILIATION), a group the company belongs to, a new branch
# or shop (_OTHER_OPENING), a new owner or manager, a move, a renovation, growth, or an offer added
# ("also", "auch", "anche").
_PRONOUN = r"(?:we|we've|wij|wir|nous|noi|vi|my|me|mi|n[óo]s|nosotros|nosaltres)"
_FIRST_PLURAL = (r"(?:[^\W\d_]{2,}(?:iamo|amos|emos|imos|ons|ujemy|iemy|imy|amy|[ěeií]me|ujeme|mme|mmo|jemo|[^\W\d_]{2}imo|"
                 r"[^\W\d_]{2}amo|[^\W\d_]{2}emo|unk|ünk|juk|jük))")
_COMPANY = (r"(?:(?:the|our|die|der|das|unser\w*|la|le|l'|il|lo|el|la|nuestra|nuestro|het|de|onze|a|o|nossa|nosso|"
            r"nasz\w*|v[åa]r\w*|vores)\s+)?(?:company|firm|business|practice|shop|workshop|bakery|brewery|winery|"
            r"unternehmen|firma|betrieb|familienbetrieb|praxis|werkstatt|b[äa]ckerei|brauerei|weingut|entreprise|soci[ée]t[ée]|"
            r"maison|cabinet|atelier|boulangerie|brasserie|domaine|azienda|ditta|impresa|studio|bottega|laboratorio|cantina|"
            r"empresa|compa[ñn]ia|despacho|taller|bodega|bedrijf|zaak|praktijk|bakkerij|brouwerij|sociedade|oficina|"
            r"przedsi[ęe]biorstwo|zak[łl]ad|pracownia|yritys|f[öo]retag(?:et)?|virksomhed(?:en)?|bedrift(?:en)?|podjetje|"
            r"tvrtka|obrt|c[ée]g|v[áa]llalkoz[áa]s)")
_SUBJECT = (rf"(?:{_PRONOUN}|{_FIRST_PLURAL}|{_COMPANY}|{_FAMILY}|(?-i:[A-ZÀ-ÝŁŚŻŹĆŃÓŠČŽ][\w'’&\-]+)"
            rf"(?:\s+(?:(?:et|und|and|e|y|en|i|a|&)\s+)?(?-i:[A-ZÀ-ÝŁŚŻŹĆŃÓŠČŽ][\w'’&\-]+)){{0,3}}(?=\s+(?-i:[a-zà-ÿ])))(?![^\W\d_])")
_CLAUSE_START = r"(?:^|(?<=[.!?;:]\s)|(?<=[.!?;:]))\s*"
_SINCE_STATEMENT = (
    # "Seit 2010 fertigen wir", "Depuis 1989, Hélène et Jacques …", "Dal 1935 la famiglia", "Desde 1994 asesoramos".
    re.compile(rf"(?i){_CLAUSE_START}{_SINCE_YEAR}(?:\s*(?:roku|r\.|\.?\s*godine|-ben|-ban|óta))?\s*,?\s+"
               rf"(?:[^\W\d_]+\s+)?{_SUBJECT}"),
    # "Harbour Light has been wiring homes and businesses since 2006", "Wir bauen seit 1985 Treppen".
    re.compile(rf"(?i){_CLAUSE_START}{_SUBJECT}\s+(?:[^\W\d_][\w'’\-]*,?\s+){{1,7}}?{_SINCE_YEAR}"),
)
_LEAD_WORDS = (r"run|runs|runnen|gerund|drevet|drev|driver|drivit|driva|rekur|reka|reki[ðd]|vod[ie]\w{0,2}|vedie\w{0,2}|vezet\w{0,3}|juhi\w{0,3}|"
               r"led|leads?|heads?|manag\w*|took\s+over|taken\s+over|leit\w*|f[üu]hr\w*|gef[üu]hrt|[üu]bern\w*|"
               r"dirig\w*|g[èe]r\w*|repris\w*|repren\w*|gestisc\w*|guid\w*|rilev\w*|leid\w*|overgenom\w*|prowadz\w*|"
               r"przej\w*|inhaber\w*|owner\w*|propri[ée]t\w*|titolar\w*|eigenaar\w*|h[äa]nden|mains|mani|manos|handen|m[ãa]os")
_ELSE_DATED = re.compile(
    r"(?i)(?<![^\W\d_])(?:"
    # a group the company belongs to
    r"part\s+of|member\s+of|belongs?|owned|teil\s+de[rs]|geh[öo]r\w*|fa\s+parte|fait\s+partie|appartien\w*|"
    r"deel\s+uit|onderdeel|forma\s+parte|pertenece\w*|faz\s+parte|nale[żz]\w*|kuulu\w*|"
    # a new owner or manager
    rf"{_LEAD_WORDS}|"
    # a move, a place, a renovation, growth
    r"located|based|situated|moved|relocated|ans[äa]ssig|beheimatet|umgezogen|install[ée]e?s|implant[ée]e?s|"
    r"d[ée]m[ée]nag\w*|trasferit\w*|situad\w*|ubicad\w*|gevestigd|verhuisd|siedzib\w*|renov\w*|r[ée]nov\w*|"
    r"ristruttur\w*|saniert|umgebaut|modernis\w*|grow\w*|grew|wachs\w*|gewachsen|expand\w*|erweitert|"
    # an offer added, something new
    r"also|too|auch|aussi|[ée]galement|anche|tambi[ée]n|ook|tamb[ée]m|te[żz]|r[óo]wnie[żz]|my[öo]s|ocks[åa]|ogs[åa]|"
    r"tak[ée]|szint[ée]n|tudi|new|neue[nrs]?|neu|nouve\w*|nuov\w*|nuev\w*|nieuw\w*|nov[oa]s?)(?![^\W\d_])")


def _since_statement(lines: list[str]) -> int | None:
    """The year of the first "since YEAR" clause whose subject is the company (see _SINCE_STATEMENT)."""
    for pattern in _SINCE_STATEMENT:
        for line in lines:
            for match in pattern.finditer(line):
                sentence = _clause(line, match)
                if _AFFILIATION.search(sentence) or _ELSE_DATED.search(sentence) or _OTHER_OPENING.search(sentence):
                    continue
                return int(next(group for group in match.groups() if group))
    return None


def founded_year_in_text(lines: list[str] | str) -> int | None:
    """The first founding year stated, trying each rule over all lines before the next rule
    (a "Founded: 1998" anywhere beats a tagline "Since 1998"); never a future year."""
    lines = [lines] if isinstance(lines, str) else lines
    candidates = [_TITLE_DOT.sub(r"\1", line) for line in _timeline_entries(lines) if any(c.isdigit() for c in line)]
    this_year = dt.date.today().year
    for rule in (*_RULES, *_MORE_RULES):
        for line in candidates:
            for match in rule.finditer(line):
                year = int(next(group for group in match.groups() if group))
                if rule is _MORE_RULES[-1] and _OTHER_OPENING.search(_clause(line, match)):
                    continue
                if rule in _TIMELINE_RULES and _PRODUCT_BIRTH.match(line, match.end()):
                    continue  # "1996 – Nasce la prima bottiglia": a first product's birth, not the company's
                if rule is _MORE_RULES[0] and _GENERATION_SUBJECT.search(_clause(line, match)):
                    continue  # "Seit 2021 ist die dritte Generation im Haus tätig": the generation's start
                if rule in _SINCE_RULES and _BELONGS.search(_year_clause(line, match)):
                    continue  # "the estate belongs to the family since 1890": the property's, not the company's
                if rule is _MORE_RULES[-1] and match.group(2) and (later := _OPENED_LATER.match(line[match.end():])):
                    year = int(later.group(1))
                if _AFFILIATION.search(clause := _year_clause(line, match)) and not _FOUNDING_WORD.search(clause):
                    continue
                if year <= this_year and not _COPYRIGHT.search(line[: match.start()]):
                    return year
    year = _since_statement(candidates)
    return year if year is not None and year <= this_year else None


# A timeline written as a table, a <dl> or bold years: the year is a line of its own and the event the
# next line ("<th>1923</th><td>Anton Holzwarth gründet die Schreinerei …</td>"); read as "1923 – …".
_YEAR_ONLY = re.compile(rf"^\s*(?:(?:ab|seit|since|en|in|im|nel|em|w)\s+)?{_YEAR}\s*[:.–—\-]?\s*$")


def _timeline_entries(lines: list[str]) -> list[str]:
    """Lines with a year-only line joined to the event line after it (see _YEAR_ONLY)."""
    joined: list[str] = []
    skip = False
    for index, line in enumerate(lines):
        if skip:
            skip = False
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (year := _YEAR_ONLY.match(line)) and following and not re.search(_YEAR, following[:8]):
            joined.append(f"{year.group(1)} – {following}")
            skip = True
        else:
            joined.append(line)
    return joined


# A person's title ends in a dot that does not end the sentence: "1971 von Ing. Franz Hofer gegründet",
# "1978 gründete Dipl.-Kfm. Heinrich Brandt", "fondata da Dott. Rossi", "założona przez mgr. inż. Nowaka".
_TITLE_DOT = re.compile(
    r"(?<![^\W\d_])(Dr|Dres|Ing|Dipl|Mag|Prof|Kfm|Kffr|Hr|Fr|Mr|Mrs|Ms|Sr|Sra|Jr|Dott|Dr\.ssa|Arch|Avv|Geom|Rag|"
    r"Mgr|mgr|Bc|inż|in[žz]|Sig|Mme|Me|Univ|Dkfm|Techn|Med|Dent|Vet|Ir|drs|ing|dipl|ass|Lic|Dña|Dª|Sn|Sz|ifj|id)\.(?=[\s\-])")
# "1996 – Nasce la prima bottiglia", "2010 – founding of the first shop abroad": a verb or noun of birth
# whose subject or object is a first or new product, shop or line is not the company's founding.
_PRODUCT_BIRTH = re.compile(
    r"(?i)\s*(?:(?:of|de|di|del|della|des|du|der|des|van|da|do|the|la|il|lo|le|l'|el|der|die|das|o|a|de|het|den|det|een|ein\w*|un\w*)\s+)*"
    r"(?:first|prim[aoi]|premi[eè]re?|erste\w*|primer[oa]?|primeir[oa]|eerste|pierwsz\w*|first|new|nuov\w*|neue?\w*|"
    r"nouve\w*|nuev\w*|nieuw\w*|nov[aáéeiouý]\w*|now\w*|ny[ae]?|uusi|second\w*|zweite\w*|deuxi\w*|tweede)(?![^\W\d_])")
# "Seit 2021 ist die dritte Generation im Haus", "since 2015 the fourth generation has run the inn": a
# generation as the subject (with an article) dates its entry, while "in dritter Generation seit 1962",
# "en troisième génération depuis" dates the family firm.
_GENERATION_SUBJECT = re.compile(
    rf"(?i)(?<![^\W\d_])(?:the|die|la|le|il|el|a|de|het|den|det|a|mit|with|avec|con|com|met|med)\s+"
    rf"(?:(?:jetzt|now|already|bereits|schon|d[ée]j[àa]|gi[àa]|ya|al|j[áa]|ju[żz])\s+)?{_GENERATIONS}[\s\-]+"
    r"(?:generation\w*|generazion\w*|generaci\w*|g[ée]n[ée]ration\w*|generatie\w*|gera[çc]\w*|pokoleni\w*|sukupolv\w*)")


def _clause(line: str, match: re.Match[str]) -> str:
    """The clause around a match: from the previous to the next sentence or clause mark."""
    start = max(line.rfind(mark, 0, match.start()) for mark in ".;!?")
    ends = [i for i in (line.find(mark, match.end()) for mark in ".;!?") if i >= 0]
    return line[start + 1: min(ends) if ends else len(line)]


def _year_clause(line: str, match: re.Match[str]) -> str:
    """The clause holding the match's year, between commas or sentence marks: "sind wir seit 2004
    Microsoft Partner" out of "1998 gegründet, sind wir seit 2004 Microsoft Partner"."""
    group = next(i for i in range(1, (match.re.groups or 0) + 1) if match.group(i))
    start, end = match.start(group), match.end(group)
    begin = max(line.rfind(mark, 0, start) for mark in ".;!?,")
    ends = [i for i in (line.find(mark, end) for mark in ".;!?,") if i >= 0]
    return line[begin + 1: min(ends) if ends else len(line)]
