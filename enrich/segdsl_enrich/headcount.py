"""Head counts stated in running text or key-figure tables, in the languages of European company
sites: a number next to any inflected form of a staff noun, in either order.

The rule is built from word classes, not from sentences, so that a wording nobody wrote down yet
still reads: a *number* (digits only, thousands separators of any locale; number words are never
read), an optional *approximation* ("about", "rund", "oltre", "más de", "ruim", "noin", "około",
"約") or *range* ("50–100", "50 bis 100", "tra 50 e 100"), up to two lowercase adjectives, and a
*staff noun* ("employees", "Mitarbeitende", "dipendenti", "pracowników", "työntekijää"…).
Weak nouns ("people", "professionals", "persone", "osób") say nothing by themselves ("we helped
10,000 people"): they count only right after a workforce word ("a team of", "we employ", "somos",
"Meillä on") or before a verb of working ("… work with us", "… lavorano").

Guards, as each is a mistake seen on real sites: a year is never a head count ("Since 2005
employees…", "Dal 1998 dipendenti…"); a number after "with" in a sentence about the founding
("started in 1998 with 3 employees") is history; a range in a sentence about growth ("grew from 5
to 50 employees") is not a range; percentages, money, decimals, multipliers ("1 million") and
digits that continue a phone number are not counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"(\d{1,3}(?:[.,\u00a0\u202f '’]\d{3})+|\d+)(?![\d])(?![.,]\d)"
# Not the tail of a longer figure: "+49 89 123 45", "2.5", "10-50", "€ 45".
_NUMBER = rf"(?<![\d.,'’/+\-–—€$£¥#])(?<!\d[ \u00a0]){_NUM}"
_AT_LEAST = (r"more\s+than|over|upwards\s+of|in\s+excess\s+of|plus\s+de|au-del[àa]\s+de|über|mehr\s+als|oltre|pi[ùu]\s+di|"
             r"m[áa]s\s+de|meer\s+dan|ruim|mais\s+de|ponad|powy[żz]ej|yli|[öo]ver|mer\s+[äa]n|drygt|flere\s+end|mere\s+end|p[řr]es|v[íi]ce\s+ne[žz]|"
             r"viac\s+(?:ako|než)|mai\s+(?:mult|bine)\s+de|peste|m[ée]s\s+de|πάνω\s+από|περισσότερ(?:ους|οι|α)\s+από|több\s+mint|vi[šs]e\s+od|ve[čc]\s+kot|mer\s+enn|flere\s+enn|"
             r"daugiau\s+(?:nei|kaip)|vair[āa]k\s+(?:nek[āa]|par)|rohkem\s+kui|yfir|meira\s+en|preko|"
             r"mindst|at\s+least|mindestens|au\s+moins|almeno|al\s+menos|minstens|pelo\s+menos|co\s+najmniej|v[äa]hint[äa][äa]n")
_ABOUT = (r"about|around|approximately|approx\.?|roughly|some|nearly|almost|close\s+to|circa|ca\.?|c\.|rund|etwa|ungef[äa]hr|"
          r"knapp|fast|gut|environ|pr[èe]s\s+de|presque|quelque|quasi|cerca\s+di|circa|alrededor\s+de|cerca\s+de|casi|unos|unas|"
          r"aproximadamente|ongeveer|zo'n|bijna|circa|quase|cerca\s+de|oko[łl]o|prawie|blisko|niemal|noin|l[äa]hes|runsaat|"
          r"omkring|cirka|ungef[äa]r|n[äa]stan|omtrent|n[æa]sten|asi|zhruba|kolem|okolo|t[ée]m[ěe][řr]|pribli[žz]ne|aproximativ|aproape|prop\s+de|gaireb[ée]|uns|unes|περίπου|σχεδόν|k[öo]r[üu]lbel[üu]l|mintegy|otprilike|oko|heute|today|now|aujourd'hui|oggi|hoy|vandaag|hoje|dzi[śs]|t[äa]n[äa][äa]n")
_APPROX = rf"(?:(?P<mark>{_AT_LEAST}|{_ABOUT})\s+)?"
# "250+", "60-plus engineers", "ett 70-tal medarbetare" (Swedish "some 70").
_PLUS = r"(?:-tal(?:et)?)?(?P<plus>\s*\+|[-\s]plus(?![^\W\d_]))?"
# Staff nouns, any inflection (the stem is enough: "Mitarbeiter", "Mitarbeitende", "Mitarbeiterzahl").
STRONG = (
    r"(?<![^\W\d_])(?:employ(?:ee|é|e)e?s|employ[ée]es|staff(?:\s+members)?|team\s?members|workers|personnel|headcount|ftes?|"
    r"full[-\s]time\s+(?:employees|staff|equivalents)|salari[ée]e?s|collaborat(?:eur|rice)s|effectifs?|"
    r"mitarbeit\w{0,7}(?:[*:_/]innen)?|besch[äa]ftigte[nr]?|angestellte[nr]?|arbeitnehmer(?:innen)?|belegschaft|"
    r"dipendent[ie]|collaborator[ie]|addett[ie]|lavorator[ie]|organico|"
    r"emplead[oa]s|trabajador(?:es|as)|colaborador(?:es|as)|plantilla|"
    r"medewerk(?:ers|ster|sters)|werknemers?|personeel(?:sleden)?|"
    r"funcion[áa]ri[oa]s|empregad[oa]s|trabalhador(?:es|as)|"
    r"pracownik\w{0,3}|pracownic[ye]|zatrudni(?:on|eni)\w{0,3}|"
    r"ty[öo]ntekij\w{0,4}|henkil[öo]st[öo]\w{0,3}|henkil[öo]kun\w{0,3}|henkil[öo]m[äa][äa]r\w{0,2}|"
    r"anst[äa]llda|medarbetare|medarbejdere|ansatte|εργαζ[οό]μεν\w*|υπ[αά]λληλ\w*|angaja[țţt]\w*|salaria[țţt]\w*|treballador\w*|empleats?|zam[ěe]stnanc\w{0,3}|pracovn[íi]k\w{0,3}|munkat[áa]rs\w{0,5}|alkalmazott\w{0,4}|"
    # Croatian/Slovene/Serbian, Slovak, Estonian, Latvian, Lithuanian, Bulgarian, in their cases:
    # "28 radnika", "17 zaposlenih", "11 zaposlenika", "djelatnika", "zamestnancov", "töötajat", "darbinieki", "darbuotojų"
    r"zaposlen\w{0,4}|radni(?:k|ka|ci|ke|cima)|djelatni(?:k|ka|ci|ke|cima)|delavc\w{0,3}|delavk\w{0,2}|zamestnan\w{0,4}|"
    r"t[öo][öo]taja\w{0,3}|darbinie\w{1,4}|darbuotoj\w{1,4}|starfsm[ae]nn\w{0,3}|starfsf[óo]lk\w{0,3}|служител\w{0,3}|работни\w{1,3})(?![^\W\d_])"
)
WEAK = (
    r"(?<![^\W\d_])(?:people|persons|individuals|personnes|personen|menschen|persone|personas|pessoas|mensen|os[óo]b|osoby|"
    r"henkil[öo](?:ä|a|t)|personer|k[öo]pfe|koppen|heads|\w*kehitt[äa]j\w{0,4}|\w*suunnittelij\w{0,4}|profession\w{0,6}|profesional\w{0,3}|profissiona\w{0,3}|expert\w{0,4}|espert[io]|"
    r"spe[cz]iali[sz]t\w{0,5}|specjali[sś]t\w{0,3}|esp[ei]cialist\w{0,3}|sp[ée]cialist\w{0,3}|asiantuntij\w{0,4}|osaaja\w{0,3}|ammattilais\w{0,3}|"
    r"engineer\w{0,2}|ingeni\w{0,5}|ing[ée]nieur\w{0,2}|ingegner[ie]|engenheir\w{0,2}|in[żz]ynier\w{0,3}|insin[öo][öo]r\w{0,4}|"
    r"techni[ck]\w{0,5}|t[ée]cnic[oa]s|entwickler\w{0,5}|developers|sviluppator[ie]|desarrollador\w{0,2}|ontwikkelaars|"
    r"consultants|berater\w{0,5}|consulent[ie]|consultor\w{0,2}|adviseurs|colleagues|kolleg(?:en|innen)|coll[èe]gues|"
    r"colleghi|compa[ñn]eros|collega'?s|colegas|fachkr[äa]fte|fachleute[n]?|vakmensen|vakmannen|craftsmen|artisans|"
    r"handwerker[n]?|artigiani|artesanos|[άα]τομα|ατ[όο]μων|persones|lid[íi]|[ľl]ud[íi]|rzemie[śs]lnik\w{0,3}|talents|talenti|talentos|hands)(?![^\W\d_])"
)
# Words after which a weak noun's number is a workforce: "a team of", "we employ", "somos", "Meillä on".
_WORKFORCE = (
    r"(?<![^\W\d_])(?:team|teams|[ée]quipe|squadra|equipo|equipa|zesp[óo][łl]\w*|tiimi\w*|ploeg|crew|staff|workforce|"
    r"belegschaft|personnel|personale|plantilla|organico|effectif|henkil[öo]st[öo]\w*|personeel|company|firm|firma|"
    r"unternehmen|entreprise|soci[ée]t[ée]|azienda|empresa|bedrijf|yritys\w*|business|"
    r"employs?|employing|emploie|emploient|employons|besch[äa]ftig\w*|impieg\w*|emplea\w*|empreg\w*|zatrudnia\w*|"
    r"ty[öo]llist\w*|ty[öo]skentel\w*|werken|arbeiten|lavorano|trabajan|trabalham|travaillent|pracuj\w*|"
    # "dà lavoro a 14 persone", "annab tööd 57 inimesele", "hi treballen 37 persones", "Hjá okkur starfa 23",
    # "réunit plus de 40 ingénieurs"
    r"d[àa]\s+lavoro\s+a|da\s+trabajo\s+a|d[áa]\s+trabalho\s+a|donne\s+du\s+travail\s+[àa]|annab\s+t[öo][öo]d|"
    r"treballen|starfa|vinnur|vinna|r[ée]unit|r[ée]unissons|riunisce|re[úu]ne|vereint|verenigt|brings\s+together|"
    r"counts?|compte|comptons|comptent|z[äa]hlt|z[äa]hlen|conta|contano|contiamo|contamos|cuenta|cuentan|telt|tellen|liczy|"
    r"we\s+are|we're|wir\s+sind|sind\s+wir|nous\s+sommes|siamo|somos|zijn\s+we|we\s+zijn|wij\s+zijn|jeste[śs]my|olemme|"
    r"vi\s+[äa]r|vi\s+er|meit[äa]\s+on|zam[ěe]stn[áa]v\w*|απασχολ\w*|ομ[άα]δα|equip|tenim|(?:(?<![\s\S])|(?<=[.!?]\s))som|we\s+have|wir\s+haben|nous\s+avons|abbiamo|tenemos|temos|hebben|mamy|meill[äa]\s+on|vi\s+har)"
    r"(?![^\W\d_])"
)
# What may stand between a workforce word and the number: "a team of", "Il team è composto da", "Equipo humano:".
_CONNECT = (r"(?:\s*[:：]|\s+(?:of|de|di|da|van|von|aus|z|ze|with|mit|avec|con|com|met|is|are|has|have|ist|hat|est|a|è|ha|es|"
            r"lo|la|los|las|le|les|d[ée]sormais|inmiddels|bei\s+uns|with\s+us|chez\s+nous|da\s+noi|bij\s+ons|hj[áa]\s+okkur|hos\s+oss|"
            r"u\s+nas|pri\s+nas|hi|aqu[íi]|insgesamt|ya|gi[àa]|ora|nu|danas|danes|dnes|jelenleg|broji|[šs]teje|"
            r"tiene|é|tem|heeft|on|har|consists|composed|made|up|comprises|besteht|umfasst|se|compose|compos[ée]e?|composto|"
            r"composta|formado|formada|por|bestaat|uit|sk[łl]ada|si[ęe]|koostuu|humano|humana|human|total|totale|of\s+some|"
            r"currently|now|today|heute|derzeit|aktuell|aujourd'hui|actuellement|oggi|attualmente|hoy|actualmente|vandaag|"
            r"momenteel|hoje|er|there|dzi[śs]|obecnie|t[äa]ll[äa]\s+hetkell[äa]|nyt|idag|i\s+dag|over|ruim|kuuluu|tworz[ąy]|bilden|"
            r"bildet|forment|forme|formano|forma|forman|vormen|vormt|formam|muodostaa|belongs|belong|gehören|telt|liczy|"
            r"between|zwischen|entre|tra|tussen|mi[ęe]dzy|mellan)"
            r"(?![^\W\d_])){0,4}\s*")
_WORK_AFTER = (r"\s+(?:who\s+|die\s+|qui\s+|che\s+|que\s+|jotka\s+|kt[óo]rzy\s+|som\s+)?(?:(?:y|hier|ici|ci|aqu[íi]|here|tu|itt|h[äa]r|her)\s+)?(?:work|works|working|are\s+employed|"
               r"arbeiten|lavorano|trabajan|trabalham|travaillent|werken|pracuj\w*|ty[öo]skentelev[äa]t|jobbar|arbejder|"
               r"at\s+your\s+service|[àa]\s+votre\s+service|al\s+(?:vostro|suo)\s+servizio|a\s+su\s+servicio|ao\s+seu\s+servi[çc]o|"
               r"zu\s+ihren\s+diensten|tot\s+uw\s+dienst|are\s+(?:at|on|ready)|sind\s+f[üu]r|sont\s+(?:[àa]|pr[êe]ts)|sono\s+(?:a|al|pronti)|est[áa]n\s+a|staan)(?![^\W\d_])")
# Up to two lowercase words between a number and its noun ("45 highly qualified employees"); capitalised
# words ("25 Jahre Mitarbeiter") and the words listed in _GAP_STOP ("25 years our employees") end the match.
_GAP = r"(?P<gap>(?:(?-i:[a-zß-öø-ÿ\u0100-\u017f])[\w'’\-]*\s+){0,2}?)"
_GAP_STOP = frozenset("""of de di da van von der des du the our your their and und et e y en i or oder ou o in im at bei chez
presso bij w na z per pro pour por year years jahr jahre jahren an ans année années anno anni mese mesi año años mes meses jaar
jaren anos lat lata vuotta vuoden år month months monat monate monaten mois day days tag tage tagen jours giorni días dagen dias
dni hour hours stunden heures ore horas uur godzin countries länder ländern pays paesi países landen krajach krajów maassa
office offices site sites location locations standorte standorten sedi sedes oficinas vestigingen filialen branches stores shops
client clients customer customers kunden clienti clientes klanten klientów asiakasta project projects projekte projekten projets
progetti proyectos projecten projetos projektów product products produkte million millions mio milliarden billion milliard
mila mille mil tausend thousand duizend miljoen milhões miliony miljoonaa percent prozent procent prosenttia ciento
new neue neuen nouveaux nouvelles nuovi nuove nuevos nuevas nieuwe novos novas nowych nowi uutta uusia additional extra
more weitere zusätzliche autres altri otros andere outros kolejnych former ehemalige anciens ex""".split())
_FOUNDING = re.compile(r"(?i)found|establish|gr[üu]nd|fond|cr[ée]{2}|cread|criad|opgericht|za[łl]o[żz]|perust|設立|創業|since|seit|"
                       r"depuis|dal\b|desde|sinds|started|began|begann|inizi|comenz|empez|begon|come[çc]ou|\b(?:1[89]|20)\d\d\b")
_WITH_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:with|mit|avec|con|com|met|z|kanssa)\s+(?:just|only|nur|seulement|solo|s[óo]lo|"
                          r"apenas|slechts|tylko|vain)?\s*$")
_GROWTH = re.compile(r"(?i)(?<![^\W\d_])(?:grow|grew|grown|growth|wachs\w*|gewachsen|croissance|grandi|pass[ée]e?s?|cresc\w*|"
                     r"crec\w*|pasado|pasamos|gegroeid|groeide|passou|passamos|uro[śs]\w*|kasvan\w*|kasvoi|vuxit|vokset)(?![^\W\d_])")
# "today": after a founding, the clause has come back to the present ("Fundada en 1993, cuenta hoy con 200 …").
_NOW = re.compile(r"(?i)(?<![^\W\d_])(?:today|now|heute|aujourd'hui|oggi|hoy|vandaag|hoje|dzi[śs]|idag|nyt|t[äa]n[äa][äa]n|"
                  r"σήμερα|ast[ăa]zi|avui|dnes)(?![^\W\d_])")
_YEAR_BEFORE = re.compile(r"(?i:\b(?:since|in|from|seit|im|ab|depuis|en|dal|dall'|nel|desde|sinds|vanaf|em|od|w|vuodesta|"
                          r"the|der|die|das|des|le|la|les|il|lo|el|het|our|unser\w*|notre|nos|nostr\w*|nuestr\w*|onze|"
                          r"vuonna|year|jahr|anno|año|jaar|ano|roku?|sedan|siden))\s*$")
_RANGE_JOIN = r"\s*(?:-|–|—|〜|~|to|à|a|bis|tot|till|til|do|ja)\s*"
_ART = r"(?:(?:i|gli|les|los|las|die|the|os|as|de)\s+)?"  # "tra i 20 e i 30", "entre los 20 y los 30"
_BETWEEN = (rf"(?<![^\W\d_])(?:between|entre|zwischen|tra|fra|tussen|od|mellan|mellem|v[äa]lill[äa])\s+{_ART}"
            rf"{_NUM}\s+(?:and|et|und|e|y|en|i|a|do|och|og|ja)\s+{_ART}{_NUM}")


# "works with us", "bei uns arbeiten", "u nás pracuje": a verb of working and "here", in either order.
_US = (r"(?:with\s+us|for\s+us|here|bei\s+uns|f[üu]r\s+uns|chez\s+nous|pour\s+nous|da\s+noi|con\s+noi|per\s+noi|"
       r"con\s+nosotros|para\s+nosotros|connosco|conosco|bij\s+ons|voor\s+ons|hos\s+os|hos\s+oss|u\s+n[áa]s|dla\s+nas|meill[äa])")
_WORK_VERB = (r"(?:work|works|working|arbeiten|arbeitet|travaillent|travaille|lavorano|lavora|trabajan|trabaja|trabalham|"
              r"trabalha|werken|werkt|arbejder|jobbar|arbetar|pracuje|pracuj[ąa]|ty[öo]skentelee|ty[öo]skentelev[äa]t)")
_WORK_HERE = rf"{_WORK_VERB}\s+{_US}|{_US}\s+{_WORK_VERB}"
# Verbs of employing, any person: the number after them counts staff whatever noun follows.
_EMPLOY = (r"employ|employs|employing|emploie|emploient|employons|besch[äa]ftig(?:t|en|e|st)|impieg(?:a|ano|hiamo)|"
           r"emplea(?:mos|n)?|empreg(?:a|amos|am)|zatrudnia(?:my|j[ąa])?|zam[ěe]stn[áa]v(?:[áa]|[áa]me|aj[íi])|"
           r"zapo[šs]ljava(?:mo|ju)?|zaposluje(?:mo)?|zamestn[áa]va(?:me|j[úu])?|foglalkoztat(?:unk|nak)?|"
           r"ty[öo]llist(?:[äa][äa]|[äa]mme)|syssels[äa]tter|besk[æa]ftiger|sysselsetter|απασχολ\w*|angajeaz[ăa]|angaj[ăa]m|"
           r"werkgever\s+van|d[áa]\s+trabalho\s+a")
# Verbs of counting or forming, after a team noun: "the team counts", "l'équipe rassemble", "il team conta".
_FORMS = (r"counts|numbers|comprises|includes|consists\s+of|is\s+made\s+up\s+of|compte|rassemble|r[ée]unit|regroupe|"
          r"z[äa]hlt|umfasst|besteht\s+aus|conta|riunisce|comprende|cuenta\s+con|re[úu]ne|agrupa|forman?|formano|"
          r"telt|omvat|bestaat\s+uit|conta\s+com|liczy|tworz[ąya]|broji|[šs]teje|[čc][íi]t[áa]|sz[áa]ml[áa]l|"
          r"k[äa]sitt[äa][äa]|best[åa]r\s+a[fv]|r[äa]knar|omfattar|t[äa]ller")
_NOW_WORD = (r"(?:today|now|currently|heute|derzeit|aktuell|inzwischen|aujourd'hui|actuellement|d[ée]sormais|oggi|ora|"
             r"attualmente|hoy|actualmente|ya|vandaag|nu|inmiddels|momenteel|hoje|atualmente|dzi[śs]|obecnie|nyt|idag|"
             r"n[åa]|nyn[íi]|dnes|danas|danes|jelenleg|ma)")
_BEING = (r"siamo\s+in|nous\s+sommes|somos|nas\s+je|n[áa]s\s+je|(?:(?<![\s\S])|(?<=[.!?]\s))som|wir\s+sind|we\s+are|vi\s+[äe]r|zijn\s+we\s+met|we\s+zijn\s+met|jeste[śs]my|"
          r"meit[äa]\s+on")
# One word after a number, then the clause goes on without another figure ("18 designers, developers…").
_ANY_WORD = r"[^\W\d_][\w'’\-]*(?:\s|,|\.|$)(?![^\W\d_]*\s*\d)"
TEAM_NOUN = (r"(?<![^\W\d_])(?:team|[ée]quipe|squadra|equipo|equipa|zesp[óo][łl]\w{0,3}|tiimi\w{0,3}|staff|workforce|"
              r"tim|t[ýy]m|ekip[aei]|csapat\w{0,4}|meeskond\w{0,2}|komand\w{1,2}|"
              r"belegschaft|plantilla|organico|effectif|personale|personeel|crew)(?![^\W\d_])")
_ENDS_CLAUSE = (r"(?=\s*$|\s*[.,;:!?)(–—]|\s+(?:is|are|ist|sind|est|sont|è|sono|es|son|is|zijn|é|são|jest|s[ąa]|on|ovat|who|which|"
                r"die|qui|che|que|jotka|kt[óo]rzy|serves|serving|helps|ready|strong|stark|fort|forte|fuerte)(?![^\W\d_]))")


# "Company size: 51-200", "Unternehmensgröße", "Yrityksen koko": a size label counts people.
_SIZE = (r"(?<![^\W\d_])(?:company\s+size|size\s+of\s+the\s+company|\w*gr[öo][ßs]{1,2}e|taille|dimensione|tama[ñn]o|"
         r"\w*grootte|dimens[ãa]o|wielko[śs][ćc]|koko|会社規模|規模)(?![^\W\d_])")
_RANGE_WORDS = r"\s*(?:-|–|—|〜|~|to|à|a|bis|tot|till|til|do|ja|and|et|und|e|y|en|i)\s*"
# A line that is only a figure and a noun ("200–500 henkilöä", "45 people") is a key figure.
_FIGURE_LINE = re.compile(rf"(?i)^\s*{_APPROX}{_NUM}(?:{_RANGE_WORDS}{_NUM})?\s*\+?\s+{WEAK}\s*\.?$")


@dataclass(frozen=True)
class _Rule:
    kind: str              # "count" (one number) or "range" (two)
    pattern: re.Pattern[str]


def _rules() -> tuple[_Rule, ...]:
    noun = rf"(?P<noun>{STRONG}|(?P<weak>{WEAK}))"
    counter = r"(?:\s*(?:\+|[名人]|fte))?"
    label = rf"^[^\d:：]{{0,40}}?(?:{STRONG}|{_SIZE})[^\d:：]{{0,25}}?[:：]?\s*{_APPROX}(?:(?:from|von|de|da|van|od|entre|tra|zwischen|between)\s+)?"
    tail = rf"(?:\s+{noun})?\s*(?:\([^)]*\))?[.;]?$"
    return (
        # Key figures: "Mitarbeiterzahl: rund 120", "Number of employees: 45", "Dipendenti: 50-100", "Headcount 1,200".
        _Rule("range", re.compile(rf"(?i){label}{_NUMBER}{_RANGE_WORDS}{_NUM}{counter}{tail}")),
        _Rule("count", re.compile(rf"(?i){label}{_NUMBER}{_PLUS}{counter}{tail}")),
        _Rule("range", re.compile(rf"(?i){_BETWEEN}\s+{_GAP}{noun}")),
        _Rule("range", re.compile(rf"(?i){_APPROX}{_NUMBER}{_RANGE_JOIN}{_NUM}\s*\+?\s+{_GAP}{noun}")),
        _Rule("count", re.compile(rf"(?i){_APPROX}{_NUMBER}{_PLUS}\s+{_GAP}{noun}")),
        # "Our 45-strong team", "ein 12-köpfiges Team", "een 12-koppig team".
        _Rule("count", re.compile(rf"(?i){_NUMBER}[-\s](?:strong|person|people|member|k[öo]pfig\w{{0,2}}|koppig\w?|f[őo]s)\s+(?:\w+\s+)?{TEAM_NOUN}")),
        # A team's size as a key figure: "Team size: 45", "Team: 12 people".
        _Rule("count", re.compile(rf"(?i)^[^\d:：]{{0,25}}?{TEAM_NOUN}[^\d:：]{{0,15}}?[:：]\s*{_APPROX}{_NUMBER}{counter}{tail}")),
        # "a team of 12 is ready", "Our staff of 45 serves…", "una plantilla de 25.": the team noun counts.
        _Rule("count", re.compile(rf"(?i){TEAM_NOUN}\s+(?:of|de|di|da|van|von|aus|z|ze|mit|com|con|met|p[åa]|af)\s+{_APPROX}"
                                  rf"{_NUMBER}{_PLUS}(?:{_ENDS_CLAUSE}|\s+(?P<gap>{_ANY_WORD}))")),
        # A team label before a number and any noun: "Unser Team: 16 Tischler, Lehrlinge und Monteure".
        _Rule("count", re.compile(rf"(?i)^[^\d:：]{{0,25}}?{TEAM_NOUN}\s*[:：]\s*{_APPROX}{_NUMBER}{_PLUS}\s+(?P<gap>{_ANY_WORD})")),
        # Working here, then the number and any noun: "Pracuje u nás 11 baristů", "Bei uns arbeiten 25 Köche".
        _Rule("count", re.compile(rf"(?i)(?<![^\W\d_])(?:{_WORK_HERE})\s+{_APPROX}{_NUMBER}{_PLUS}\s+(?P<gap>{_ANY_WORD})")),
        # A verb of employing, its subject or an adverb, then the number and any noun: "We now employ 34
        # craftspeople", "Heute beschäftigt das Familienunternehmen etwa 40 Personen", "Danas zapošljavamo 28 radnika".
        _Rule("count", re.compile(rf"(?i)(?<![^\W\d_])(?:{_EMPLOY})(?![^\W\d_])(?:\s+(?!{_AT_LEAST}|{_ABOUT})[^\W\d_][\w'’\-]*){{0,3}}?"
                                  rf"\s+{_APPROX}{_NUMBER}{_PLUS}\s+(?P<gap>{_ANY_WORD})")),
        # The team, a verb of counting or forming, the number and any noun: "L'équipe rassemble désormais 14
        # passionnés", "Zespół tworzy 7 księgowych", "el equipo lo forman 8 profesionales", "Unser Team zählt 14 …".
        _Rule("count", re.compile(rf"(?i){TEAM_NOUN}\s+(?:(?:lo|la|le|se|si|sich|itself)\s+)?(?:{_FORMS})(?![^\W\d_])"
                                  rf"(?:\s+(?:{_NOW_WORD}|of|de|di|con|com|uit|aus|af|av|z|ze|from|da|by|por|par)){{0,2}}\s+{_APPROX}"
                                  rf"{_NUMBER}{_PLUS}(?:{_ENDS_CLAUSE}|\s+(?P<gap>{_ANY_WORD}))")),
        # "There are now 7 of us", "we are 12 of us": the people saying "us" are the staff.
        _Rule("count", re.compile(rf"(?i)(?<![^\W\d_])(?:there\s+are|there're|we\s+are|we're)\s+(?:{_NOW_WORD}\s+)?{_APPROX}"
                                  rf"{_NUMBER}\s+of\s+us(?![^\W\d_])")),
        # "siamo in dieci", "nous sommes 12.", "somos 40,": being N, the clause ends with the number.
        _Rule("count", re.compile(rf"(?i)(?<![^\W\d_])(?:{_BEING})\s+(?:{_NOW_WORD}\s+)?{_APPROX}{_NUMBER}"
                                  rf"(?=\s*[,;!:]\s|\s*[.!]?\s*$|\.\s|\s+(?:à|au|aux)\s)")),
        # "Anzahl der Mitarbeiter beträgt 120", "il numero dei dipendenti è di 45", "employees: ca. 300".
        _Rule("count", re.compile(rf"(?i){STRONG}\s*(?:[:：]|\s+(?:is|are|ist|sind|betr[äa]gt|betragen|est|sont|s'[ée]l[èe]ve\s+[àa]|"
                                  rf"è|sono|es|son|asciende\s+a|zijn|bedraagt|é|são|wynosi|on|[äa]r|er)(?:\s+(?:de|di|a|à|of))?)"
                                  rf"\s*{_APPROX}{_NUMBER}{_PLUS}(?=\s*$|\s*[.,;)(]|\s+{STRONG}|\s+{WEAK})")),
        # Japanese: "従業員数：240名", "社員 約120人", "150名のスタッフ", "従業員 50〜100名".
        _Rule("range", re.compile(rf"(?:従業員|社員|職員|スタッフ)数?\s*(?:は|[:：])?\s*(?P<mark>約|およそ)?\s*{_NUM}\s*[〜~\-–]\s*{_NUM}\s*[名人]")),
        _Rule("count", re.compile(rf"(?:従業員|社員|職員|スタッフ)数?\s*(?:は|[:：])?\s*(?P<mark>約|およそ)?\s*{_NUM}\s*[名人](?P<plus>以上)?")),
        _Rule("count", re.compile(rf"(?P<mark>約|およそ)?{_NUM}\s*[名人](?P<plus>以上)?の(?:従業員|社員|職員|スタッフ)")),
        _Rule("count", re.compile(rf"^(?:従業員|社員|職員|スタッフ)数?\s*[:：]?\s*(?P<mark>約|およそ)?\s*{_NUM}\s*(?P<plus>以上)?$")),
        _Rule("count", re.compile(rf"^(?:従業員|社員|職員|スタッフ)数?\s*[:：]?\s*(?P<mark>約|およそ)?\s*{_NUM}\s*(?P<plus>以上)?$")),
    )


_RULES = _rules()
_ANY_NOUN = re.compile(rf"(?i){STRONG}|{WEAK}|{TEAM_NOUN}|従業員|社員|職員|スタッフ|(?<![^\W\d_])(?:{_WORK_HERE}|{_BEING}|{_EMPLOY}|"
                       rf"of\s+us)(?![^\W\d_])")
_WORKFORCE_BEFORE = re.compile(rf"(?i){_WORKFORCE}{_CONNECT}$")
# A verb of working, then where ("bij Visser Bouw", "na Tejo Alimentar"), then the number.
_WORK_AT_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:work|working|arbeiten|travaill\w*|lavor\w*|trabaj\w*|trabalh\w*|werken|werkt|"
                             r"pracuj\w*|ty[öo]skentel\w*)(?:\s+(?:at|in|for|bei|chez|presso|en|na|no|em|bij|in|w|u|da)"
                             r"(?-i:(?:\s+[A-ZÀ-Ý][\w&'’.\-]*){1,4}))?\s*(?:,\s*)?$|"
                             # the place first: "Bij Bosman zelf werken", "Bei Müller arbeiten", "Chez Roux travaillent"
                             r"(?<![^\W\d_])(?:at|bei|chez|presso|bij|en|na|w|u|hos|p[åa])(?-i:(?:\s+[A-ZÀ-Ý][\w&'’.\-]*){1,4})"
                             r"(?:\s+(?:zelf|selbst|itself|m[êe]me|stess[ao]|mismo|sam[ae]?))?\s+(?:work|arbeiten|travaillent|lavorano|"
                             r"trabajan|trabalham|werken|pracuje|pracuj[ąa]|jobbar|arbetar|arbejder|jobber)\s*$")
# Being employed, stated after the noun: "… Personen bei uns angestellt", "… persone impiegate".
_EMPLOYED_AFTER = re.compile(r"(?i)^(?:\s+[^\W\d_][\w'’]*){0,3}?\s+(?:angestellt|besch[äa]ftigt|employed|employ[ée]e?s|"
                             r"impiegat[ie]|emplead[oa]s|werkzaam|in\s+dienst|empregad[oa]s|zatrudnion\w*|t[äa]tig)(?![^\W\d_])")
_WORK_AFTER_RE = re.compile(rf"(?i){_WORK_AFTER}")
# Other people's staff: "We trained 500 employees", "rated by 300 employees", "… employees of our clients".
_OTHERS_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:by|par|por|door|przez|trained|served|helped|supported|coached|placed|"
                            r"recruited|hired|geschult|betreut|vermittelt|eingestellt|form[ée]s|format[oi]|formados|"
                            r"getraind|geholpen|przeszkoli\w*)\s*$")
_OTHERS_AFTER = re.compile(r"(?i)^\s+(?:of|from|at|bei|von|de|des|chez|di|dei|presso|van|bij|u)\s+(?:our|unsere[rn]?|nos|nostri|"
                           r"nostre|nuestros|nuestras|onze|naszych|the|den|les|i|los|las|de)?\s*(?:clients?|customers?|kunden|"
                           r"clienti|clientes|klanten|klient[óo]w|partners?|partenaires|socios|members?|mitglieds\w*)")
# A parent group's or network's head count: "part of the X group, which employs 1,400 people",
# "filiale du groupe Y, qui emploie 900 personnes". Read when the sentence names a group and says the
# company belongs to it, or links the group to the number by a relative pronoun or "with", and no
# "we"/"our" comes between (then the number is the company's: "part of X group, we employ 85").
_GROUP_NOUN = (r"(?<![^\W\d_])(?:groups?|groupe|gruppo|gruppe|grupo|groep|grupa|grupy|gruppen|koncern\w*|konzern\w*|"
               r"\w*gruppe|\w*groep|\w+group|\w+grupo|\w+grupa|\w+gruppo|holding|network|netzwerk|r[ée]seau|rete|netwerk|verbund|parent\s+company|casa\s+madre|"
               r"maison\s+m[èe]re|muttergesellschaft|moedermaatschappij|empresa\s+matriz|skupin[ayě]|grupul\w*|όμιλο\w*)(?![^\W\d_])")
_PART_OF = (r"(?<![^\W\d_])(?:part\s+of|member\s+of|subsidiary|belongs\s+to|owned\s+by|fa\s+parte|parte\s+del|filiale|"
            r"controllata|teil\s+de[rs]|geh[öo]r\w*\s+(?:\w+\s+)?zu[rm]?|tochter\w*|appartient|fait\s+partie|filial\w*|forma\s+part\w*|"
            r"pertenece|maakt\s+deel|maken\s+\w+\s+deel|deel\s+uit\s+van|onderdeel\s+van|dochter\w*|pertence|faz\s+parte|nale[żz]\w*\s+do|cz[ęe][śs]ci[ąa]|"
            r"ing[åa]r\s+i|del\s+av|dotterbolag|kuuluu|tyt[äa]ryhti\w*|sou[čc][áa]st[íi]|s[úu][čc]as[ťt]ou|patr[íi]|"
            r"face\s+parte|parte\s+din|θυγατρική|μέλος)(?![^\W\d_])")
_LINK = (r"(?<![^\W\d_])(?:which|that|who|with|che|con|qui|avec|die|der|das|welche|mit|que|con|dat|met|com|kt[óo]r\w+|z|som|med|"
         r"joka|jossa|care|cu|ktor\w+|kter\w+|που|με)(?![^\W\d_])")
_WE = (r"(?<![^\W\d_])(?:we|our|us|wir|unser\w*|nous|notre|nos|noi|nostr\w*|nosotros|nuestr\w*|wij|ons|onze|n[óo]s|noss[oa]s?|"
       r"my|nasz\w*|vi|v[åa]r\w*|me|meid[äa]n|sme|m[áa]me|na[šs]\w*|noastr\w*|εμείς|μας)(?![^\W\d_])")
_GROUP_RE = re.compile(rf"(?i){_GROUP_NOUN}")
_PART_OF_RE = re.compile(rf"(?i){_PART_OF}")
_GROUP_BRACKET = re.compile(rf"(?i){_GROUP_NOUN}(?:\s+(?-i:[A-ZÀ-Ý])[\w\-]*){{0,2}}\s*\(\s*(?:{_AT_LEAST}|{_ABOUT})?\s*$")
_LINK_RE = re.compile(rf"(?i){_LINK}")
_WE_RE = re.compile(rf"(?i){_WE}")


def _group_count(before: str) -> bool:
    """Whether the number ending `before` counts a group the company belongs to (see _GROUP_NOUN)."""
    sentence = re.split(r"[.!?;]\s+", before)[-1]
    groups = list(_GROUP_RE.finditer(sentence))
    if not groups:
        return False
    if _GROUP_BRACKET.search(sentence):
        return True  # "… zur Nordholz-Gruppe (2.300 Mitarbeitende)": the group's figure in brackets
    part_of = list(_PART_OF_RE.finditer(sentence))
    tail = sentence[max([groups[-1].end()] + [m.end() for m in part_of]):]
    if _WE_RE.search(tail):
        return False
    return bool(part_of or _LINK_RE.search(sentence[groups[-1].end():]))


# New hires and openings, in Japanese ("新卒社員8名が入社しました", "スタッフ3名を募集"): not the head count.
_NEW_HIRES = re.compile(r"(?:新卒|新入|新規|中途|新)(?:社員|職員|スタッフ)")
_HIRED_AFTER = re.compile(r"^\s*(?:が|を)?\s*(?:入社|採用|募集)")
# A second group after the counted one: "… and two advisers", "… und 3 Azubis", "… e due soci".
# (not "one": "ein", "un", "een", "en" are also the indefinite article, "and a workshop")
_SMALL_WORDS = (r"two|three|four|five|zwei|drei|vier|f[üu]nf|deux|trois|quatre|cinq|due|tre|quattro|cinque|dos|tres|cuatro|"
                r"cinco|twee|drie|vijf|dois|duas|tr[êe]s|to|fire|fem|tv[åa]|kaksi|kolme|dwa|dwie|trzy|dva|dv[ěe]|t[řr]i")
_AND_MORE = re.compile(rf"(?i)^(?P<between>(?:\s*(?<![^\W\d_])[^\W\d_][\w'’\-]*(?![^\W\d_])){{0,3}}?)"
                       rf"\s*,?\s*(?<![^\W\d_])(?:and|und|sowie|et|ainsi\s+que|e|ed|y|en|og|och|ja|i|a|plus|as\s+well\s+as|as\s+also|"
                       rf"oltre\s+a|adem[áa]s\s+de|alsook|evenals|oraz)\s+(?:[\d.,]+|(?:{_SMALL_WORDS})(?![^\W\d_]))\s+(?P<noun>[^\W\d_][\w'’\-]*)")
_CONJUNCTIONS = frozenset("and und et e y og och ja or oder ou o".split())  # "9 therapists and physios and 2 …"
_AT_LEAST_RE = re.compile(rf"(?i)^(?:{_AT_LEAST})$|^以上$")
_NAMED = ("mark", "gap", "noun", "weak", "plus")


def employees_in_text(lines: list[str] | str) -> dict[str, int]:
    """employee_count / employee_range_min / employee_range_max from the first mention, key
    figures first ("Mitarbeiter: 120"), then sentences, line by line.

    "10-50 Mitarbeiter" is a range without a count; "250+ employees" and "plus de 200 salariés"
    give a count and a lower bound; "300 employees" and "rund 300 Mitarbeitende" give all three.
    """
    lines = [lines] if isinstance(lines, str) else lines
    candidates = [line for line in lines if candidate_line(line)]
    # A label or a figure may start any sentence, not only a line: "Meisterbetrieb seit 1968. Unser Team: 21 …".
    candidates = [piece for line in candidates for piece in _with_sentences(line)]
    for rule in _RULES:
        for line in candidates:
            for match in rule.pattern.finditer(line):
                if (facts := _facts(rule, match, line)) is not None:
                    return facts
    return {}


_SENTENCE_BREAK = re.compile(r"(?<=[^\W_)][.!?])\s+(?=[A-ZÀ-ÝŁŚŻŹĆŃÓŠČŽ])")


def _with_sentences(line: str) -> list[str]:
    """The line, then each of its later sentences on its own (a full stop before a capital; "ca. 120"
    does not break). A piece only adds readings: every rule sees the whole line first."""
    pieces = _SENTENCE_BREAK.split(line)
    return [line, *(piece for piece in pieces[1:] if candidate_line(piece))]


def candidate_line(line: str, digits: bool = True) -> bool:
    """Whether a line may state a head count: it names staff, a team or working here (and, with
    `digits`, has a digit)."""
    return (not digits or any(c.isdigit() for c in line)) and _ANY_NOUN.search(line) is not None


def _facts(rule: _Rule, match: re.Match[str], line: str) -> dict[str, int] | None:
    groups = match.groupdict()
    named = {match.re.groupindex[name] for name in _NAMED if name in match.re.groupindex}
    spans = [i for i in range(1, (match.re.groups or 0) + 1) if i not in named and match.group(i)]
    numbers = [int(re.sub(r"\D", "", match.group(i))) for i in spans]
    if not numbers or not all(0 < n < 3_000_000 for n in numbers):
        return None
    if _NEW_HIRES.search(line[max(0, match.start() - 4): match.start(spans[0])]) or _HIRED_AFTER.match(line[match.end():]):
        return None
    before, after = line[: match.start(spans[0])], line[match.end():]
    if groups.get("weak") and not (_FIGURE_LINE.match(line) or match.re.pattern.startswith("(?i)^")
                                   or _WORKFORCE_BEFORE.search(_strip_mark(before)) or _WORK_AT_BEFORE.search(_strip_mark(before))
                                   or _WORK_AFTER_RE.match(after) or _EMPLOYED_AFTER.match(after)):
        return None
    if (match.re.pattern.startswith("(?i)^") and not groups.get("noun")
            and not re.search(rf"(?i){STRONG}|{TEAM_NOUN}", before)):
        return None  # "Größe: 38" on a shop: a size label needs a staff noun after its number
    if groups.get("gap") and _GAP_STOP.intersection(groups["gap"].lower().split()):
        return None
    if _OTHERS_BEFORE.search(_strip_mark(before).rstrip()) or _OTHERS_AFTER.match(after) or _group_count(before):
        return None
    strong = bool(groups.get("noun")) and not groups.get("weak")
    if (not strong and (more := _AND_MORE.match(after)) and more.group("noun").lower() not in _GAP_STOP
            and not (_GAP_STOP - _CONJUNCTIONS).intersection(more.group("between").lower().split())):
        return None  # "a team of 9 tax clerks and 2 advisers": a part of the team; "120 employees and 900 volunteers" is all staff
    if rule.kind == "range":
        low, high = sorted(numbers)
        if low == high or all(1800 <= n <= 2100 for n in numbers) or _GROWTH.search(line):
            return None
        return {"employee_range_min": low, "employee_range_max": high}
    count = numbers[0]
    if _is_year(match.group(spans[0]), before, line[match.end(spans[0]):], noun_follows=bool(groups.get("noun"))):
        return None
    sentence_before = re.split(r"[.!?;]\s+", before)[-1]
    sentence_after = re.split(r"[.!?;](?:\s|$)", after)[0]
    if (_WITH_BEFORE.search(_strip_mark(before)) and _FOUNDING.search(sentence_before + match.group(0) + sentence_after)
            and not _GROWTH.search(before) and not _NOW.search(before)):  # "Established in 1993, X has grown …, with 300 employees": today
        return None  # "started in 1998 with 3 employees": history, not today's head count
    if groups.get("plus") or (groups.get("mark") and _AT_LEAST_RE.match(" ".join(groups["mark"].split()))):
        return {"employee_count": count, "employee_range_min": count}
    return {"employee_count": count, "employee_range_min": count, "employee_range_max": count}


def _strip_mark(text: str) -> str:
    """The text before a number without the approximation that ends it ("we employ over")."""
    return re.sub(rf"(?i)(?<![^\W\d_])(?:{_AT_LEAST}|{_ABOUT})\s*$", "", text.rstrip()).rstrip() + " "


def _is_year(text: str, before: str, after: str, noun_follows: bool) -> bool:
    """A plausible year (no thousands separator) after "since", "dal", "sinds", "od"…, before 年, or
    standing alone after a label ("Mitarbeiterbefragung 2023"): "2000 employees" is a count."""
    if not re.fullmatch(r"(1[6-9]\d\d|20\d\d)", text):
        return False
    return bool(_YEAR_BEFORE.search(before)) or after.lstrip().startswith("年") or not noun_follows
