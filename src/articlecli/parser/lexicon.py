"""Tables of knowledge the parser uses. Extend these, not the code that reads them."""

from __future__ import annotations

from ..recordlabels import ARCHIVE_DOCUMENT

# Wire services and outlets credited in bylines and credits. Compared case-insensitively.
AGENCIES: frozenset[str] = frozenset(
    name.casefold()
    for name in (
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
        "AP",
        "Associated Press",
        "The Associated Press",
        "Reuters",
        "Thomson Reuters",
        "Bloomberg",
        "Bloomberg News",
        "TASS",
        "Interfax",
        "RIA Novosti",
        "Xinhua",
        "Kyodo",
        "Kyodo News",
        "Yonhap",
        "DPA",
        "EFE",
        "ANSA",
        "UPI",
        "PA",
        "PA Media",
        "Press Association",
        "ANI",
        "PTI",
        "IANS",
        "TNN",  # the Times of India's news network: "Jane Doe, TNN | Jan 11, 2014"
        "Times News Network",
        "ENS",
        "Express News Service",
        "AAP",
        "CP",
        "The Canadian Press",
        "Canadian Press",
        "Anadolu",
        "Anadolu Agency",
        "CNN",
        "BBC",
        "BBC News",
        "NPR",
        "Fox News",
        "NBC News",
        "CBS News",
        "ABC News",
        "Al Jazeera",
        "The Moscow Times",
        "Moscow Times",
        "AFP-JIJI",
        "Jiji Press",
        "Getty",
        "Getty Images",
        "EPA",
        "EPA-EFE",
        "Shutterstock",
        "Sputnik",
        "Kremlin.ru",
        "POOL",
        "Staff",
        "Wire",
        "Wires",
        "News Agencies",
        "Agencies",
        "Staff and agencies",
        # "Agencies" in Spanish, Portuguese, French and Italian credits.
        "Agencias",
        "Agências",
        "Agences",
        "Agenzie",
        "Bloomberg Businessweek",
        "Dow Jones",
        "MarketWatch",
        "Axios",
        "Politico",
        "The Guardian",
        "The New York Times",
        "The Washington Post",
        "Wall Street Journal",
        "The Wall Street Journal",
        "Financial Times",
        "The Economist",
        "Forbes",
        "USA Today",
        "Los Angeles Times",
        "The Independent",
        "Sky News",
        "Deutsche Welle",
        "DW",
        # Europe's national agencies, as German, Dutch, Nordic and other stories credit
        # them ("(APA, 1.2.2015)", "ANP/Belga").
        "APA",
        "SDA",
        "Keystone-SDA",
        "KNA",
        "epd",
        "SID",
        "ANP",
        "Belga",
        "NTB",
        "TT",
        "STT",
        "Ritzau",
        "PAP",
        "ČTK",
        "CTK",
        "MTI",
        "Lusa",
        "HINA",
        "Tanjug",
        "BTA",
        "Agerpres",
        "TASR",
        "ANA-MPA",
    )
)

# Words that mark an outlet rather than a person in a byline part ("The Herald").
OUTLET_WORDS: frozenset[str] = frozenset(
    "news times post press journal herald tribune agency gazette telegraph guardian "
    "chronicle observer wire media network radio television tv daily weekly magazine "
    "bureau service reporters staff".split()
)

# "Journalist" and "writer" (an editor's) in the languages whose dates we read: a job title
# run on after a name may end in one ("Jeanne Roe Journaliste").
JOURNALIST_WORDS: frozenset[str] = frozenset(
    "journalist journaliste journalistin periodista giornalista jornalista redakteur "
    "redakteurin rédacteur rédactrice redactor redactora".split()
)
# Job titles and bureau notes that follow a name in a byline; never names themselves.
JOB_TITLE_WORDS: frozenset[str] = JOURNALIST_WORDS | frozenset(
    "writer writers correspondent correspondents reporter reporters editor editors "
    "columnist contributor contributors analyst producer photographer staff bureau chief "
    "senior special associate contributing national political business science health "
    "foreign economics sports "
    # "Correspondent" in the languages whose dates we read.
    "correspondant correspondante corresponsal corrispondente korrespondent "
    "korrespondentin".split()
)

# Words that open the line describing a writer under her name, on opinion pages and
# columns ("Professor of economics at the University of Leeds", "Senior fellow at ...",
# "Professeure à l'université de Lyon"), in the languages whose dates we read.
AUTHOR_ROLE_WORDS: frozenset[str] = frozenset(
    "professor lecturer fellow researcher journalist director economist historian writer "
    "reporter correspondent columnist contributor editor analyst author novelist producer "
    "photographer associate assistant chief deputy senior "
    "professeur professeure journaliste chroniqueur chroniqueuse correspondant "
    "correspondante rédacteur rédactrice éditorialiste directeur directrice chercheur "
    "chercheuse historien historienne économiste "
    "redakteur redakteurin korrespondent korrespondentin journalistin autor autorin "
    "professorin "
    "periodista corresponsal redactor redactora profesor profesora columnista "
    "giornalista corrispondente jornalista correspondente colunista "
    "verslaggever redacteur hoogleraar wartawan jurnalis".split()
)

# Words that can never appear in a person's name in a byline.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    "the a an of in on at for with from to is are was were this that these those it its "
    "numbers way end time day year week "
    # A byline's own label words, caught as its value ("By" / "By").
    "by author byline "
    # A company's legal form: "Acme Holdings Inc", "Nordhavn GmbH" name no person.
    "inc inc. ltd ltd. llc plc corp corp. corporation holdings gmbh s.a. n.v. "
    # Words of countries' names ("United States", "Czech Republic").
    "united states kingdom republic emirates "
    # The words after the other languages' "By" when it means something else: "Por qué
    # ...", "Par ici", "Door het ...".
    "qué que cómo como cuándo cuando dónde donde quién quien los las una uno "
    "pourquoi comment quoi où ici het een deze".split()
)

# Byline prefixes (the byline is what follows them).
BYLINE_PREFIXES: tuple[str, ...] = (
    "by:", "by", "author:", "authors:", "written by", "words by", "story by", "text by",
    "reported by", "posted by", "article by", "opinion by", "analysis by", "commentary by",
    "column by", "review by",
    # Other languages: Spanish and Portuguese, French, Dutch, Indonesian; labels. Not
    # German "Von" (German capitalises nouns: "Von Kindern und Eltern" would read as
    # names) nor Italian "Di" (a surname's particle: "Di Maio").
    "por", "par", "door", "oleh", "autor:", "autora:", "auteur:", "autore:", "texto:",
    "reportagem:", "redacción:", "penulis:",
    # Indonesian portals' "report by (our) journalist X, Name": the outlet, then the name.
    "laporan wartawan", "laporan reporter", "laporan koresponden",
)  # fmt: skip

# Photo-credit prefixes, dropped from the credit ("Photo: X" -> "X").
CREDIT_PREFIXES: tuple[str, ...] = (
    # A player's caption button before the credit: "toggle caption Jane Doe/Harbour Press".
    "toggle caption",
    "hide caption",
    "photo:",
    "photos:",
    "photograph:",
    "photography:",
    "image:",
    "images:",
    "picture:",
    "pictured:",
    "credit:",
    "photo credit:",
    "image credit:",
    "photo by",
    "photos by",
    "photograph by",
    "image by",
    "picture by",
    "source:",
    # German and Dutch pages: "Bild: dpa", "Foto: ANP".
    "bild:",
    "foto:",
    # BBC pages: "Image source, Getty Images" (the caption is a line of its own), and the
    # older "Image copyright Getty Images" the XSum crawl kept.
    "image source,",
    "image source:",
    "image copyright",
    # The BBC's other languages say "image source" their own way ("Sumber gambar, Getty
    # Images", "Fuente de la imagen, ..."), after a comma as in English.
    *(
        f"{label}{mark}"
        for label in (
            "sumber gambar", "fuente de la imagen", "nguồn hình ảnh", "fotoğraf kaynağı",
            "автор фото", "crédit photo", "مصدر الصورة", "منبع تصویر", "图像来源", "圖像來源",
        )
        for mark in (",", ":", "،", "，", "：")
    ),
    "crédito,",  # (Portuguese; "Crédito:" may open a line about a loan)
    # Other pages' labels: Dutch "Beeld:", Romanian "Credit foto:", German "Bildquelle:".
    "beeld:",
    "credit foto:",
    "foto credit:",
    "fotocredit:",
    "bildquelle:",
    "ảnh:",  # Vietnamese: "photo:"
)  # fmt: skip

# Verbs that attribute speech ("said X", "X told"). Matched as whole words.
ATTRIBUTION_VERBS: frozenset[str] = frozenset(
    "said says say told tells added adds wrote writes asked asks stated states explained "
    "explains noted notes declared declares insisted insists argued argues warned warns "
    "replied replies announced announces continued continues claimed claims recalled "
    "recalls acknowledged acknowledges admitted admits conceded concedes tweeted posted "
    "posts responded responds suggested suggests urged urges emphasized emphasised stressed "
    "stresses remarked observed commented comments predicted predicts vowed vows".split()
)

# Words between a speaker and the verb that are not part of the speaker ("Putin also said").
ATTRIBUTION_ADVERBS: frozenset[str] = frozenset(
    "also later then previously earlier again further has had have had once recently "
    "reportedly separately subsequently quickly simply only".split()
)

# Lower-case words that end a speaker after "said" ("said Putin on Tuesday", "said the mayor
# in a statement"): what follows them is when, where or how, not who. "of" and "for" are
# not here: "the head of the bank", "a spokesperson for the ministry" are speakers.
SPEAKER_END_WORDS: frozenset[str] = frozenset(
    "on in at during after before when while as last this yesterday today tonight via "
    "adding noting".split()
)

# "Read also", "see also" and "related" in other languages: a list's heading alone on its
# line, or a link's label before its title ("Lire aussi : Le port s'agrandit").
FOREIGN_READ_ALSO: tuple[str, ...] = (
    "lesen sie auch", "mehr zum thema", "auch interessant",  # German
    "lire aussi", "à lire aussi", "a lire aussi", "lire également", "voir aussi",  # French
    "lee también", "lea también", "ver también", "te puede interesar",  # Spanish
    "noticias relacionadas",
    "leia também", "veja também", "leia mais", "saiba mais",  # Portuguese
    "leggi anche", "vedi anche",  # Italian
    "lees ook", "zie ook",  # Dutch
    "czytaj też", "czytaj także", "zobacz też", "zobacz także",  # Polish
    "čtěte také", "čtěte též", "přečtěte si také", "čítajte tiež", "súvisiace",  # Czech, Slovak
    "читайте также", "смотрите также", "читайте також", "по теме",  # Russian, Ukrainian
    "διαβάστε επίσης", "δείτε επίσης",  # Greek
    "ilgili haberler", "ilgili haber", "ayrıca okuyun",  # Turkish
    "baca juga", "simak juga", "lihat juga",  # Indonesian
    "đọc thêm", "xem thêm", "tin liên quan",  # Vietnamese
    "citește și", "läs också", "läs även", "les også", "læs også", "lue myös",
    "اقرأ أيضا", "اقرأ أيضاً",  # Arabic
    "관련기사", "관련 기사", "関連記事", "相关新闻", "相關新聞", "延伸閱讀", "延伸阅读", "相关阅读",
)  # fmt: skip

# Labels of "related" lines; these lines are links, not body text.
RELATED_LABELS: tuple[str, ...] = (
    *FOREIGN_READ_ALSO,
    "related article",
    "related articles",
    "related story",
    "related stories",
    "related",
    "read more",
    "read also",
    "also read",
    "see also",
    "more",
    "read next",
    "related content",
    "more on this story",
    "recommended",
    "watch",
    "also",  # tech sites put "Also: <title>" between paragraphs
)

# Related-link labels that also open ordinary sentences ("Also: the battery lasts a day."):
# the line is a link only with a URL or a value shaped like a title.
WEAK_RELATED_LABELS: frozenset[str] = frozenset({"also"})

# "Source" in other languages: among a record's labels it names the outlet ("Источник:
# ТАСС"), or the article's link when its value is one.
SOURCE_LABELS: tuple[str, ...] = (
    "source", "источник", "fuente", "quelle", "fonte", "sursa", "kilde", "źródło", "sumber",
    "kaynak", "nguồn", "bron", "来源", "來源", "出典", "出所",
)  # fmt: skip

# Labels of the article's own URL line.
URL_LABELS: tuple[str, ...] = (
    "original url",
    "url",
    "source",
    "source url",
    "link",
    "original link",
    "origin url",  # a blog's front matter for the page it saved ("origin_url:")
    "canonical",
    "canonical url",
    "canonical link",
    # Other languages: "source link", "original text link" (Chinese), "source" (Korean).
    "來源連結",
    "来源链接",
    "原文連結",
    "原文链接",
    "新聞連結",
    "新闻链接",
    "출처",
    "기사 원문",
    "permalink",
    "original article",
    "article url",
    "web",
    "external link",  # a blog's link to the story it retells, also in Dutch and French
    "externe link",
    "lien externe",
    # "link" and "source" in other languages.
    "ссылка", "enlace", "lien", *SOURCE_LABELS[1:],
    "링크", "リンク", "链接", "連結", "লিংক", "লিঙ্ক",
)  # fmt: skip

# Labelled header lines: label (lower case) -> field.
HEADER_LABELS: dict[str, str] = {
    "title": "headline",
    "headline": "headline",
    "headlines": "headline",
    "heading": "headline",
    "softtitle": "headline",
    "article title": "headline",
    # WordPress's own field names, as exports and feed-fed blogs print them.
    "post title": "headline",
    "post author": "byline",
    "post date": "date",
    "post excerpt": "summary",
    "post content": "body",
    "original title": "headline",  # beside a "Translated title:" (crawler bookkeeping)
    # The title and author labels of crawls in other languages.
    "titulo": "headline",
    "título": "headline",
    "titre": "headline",
    "titel": "headline",
    "titolo": "headline",
    "tytuł": "headline",
    "заголовок": "headline",
    "제목": "headline",
    "标题": "headline",
    "標題": "headline",
    "見出し": "headline",
    "タイトル": "headline",  # Japanese: "title", katakana
    "название": "headline",
    "judul": "headline",  # Indonesian, Malay
    "başlık": "headline",  # Turkish, and as keys write it without its marks
    "baslik": "headline",
    "tiêu đề": "headline",  # Vietnamese
    "autor": "byline",
    "penulis": "byline",
    "yazar": "byline",
    "tác giả": "byline",
    "auteur": "byline",
    "autore": "byline",
    "автор": "byline",
    "기자": "byline",
    "作者": "byline",
    "著者": "byline",  # Japanese: "author", "writer"
    "筆者": "byline",
    "дата": "date",
    "날짜": "date",  # Korean: "date", "day"
    "일자": "date",
    "fecha": "date",
    "datum": "date",
    "tanggal": "date",
    "waktu": "date",  # Indonesian "time", of publication ("waktu publish")
    "tarih": "date",
    "ngày": "date",
    "by": "byline",
    "author": "byline",
    "authors": "byline",
    "byline": "byline",
    "written by": "byline",
    "reporter": "byline",
    "writer": "byline",
    "interviewer": "byline",
    "date": "date",
    "published": "date",
    "publication date": "date",
    "date published": "date",
    "published date": "date",
    "date & time": "date",
    "date and time": "date",
    "published at": "date",  # news APIs' "publishedAt", "published_at"
    "pub date": "date",  # blogs' front matter: "pubDate", "publishDate"
    "publish date": "date",
    "posted": "date",
    "posted at": "date",
    "timestamp": "date",
    "updated": "updated",
    "last updated": "updated",
    "modified": "updated",
    "lastmod": "updated",  # Hugo's front matter
    "photo": "credit",
    "photograph": "credit",
    "credit": "credit",
    "photo credit": "credit",
    "image credit": "credit",
    "cover image credit": "credit",
    "image": "credit",
    "summary": "summary",
    "description": "summary",
    "descripción": "summary",
    "descripcion": "summary",
    "beschreibung": "summary",
    "описание": "summary",
    "highlight": "summary",  # news archives' exports (LexisNexis)
    "standfirst": "summary",
    "dek": "summary",
    "perex": "summary",  # Czech and Slovak sites' lead
    "resumen": "summary",
    "resumo": "summary",
    "short description": "summary",
    "摘要": "summary",
    "요약": "summary",  # Korean: "summary"
    "article summary": "summary",
    "publisher": "publication",
    "publication": "publication",
    "outlet": "publication",
    "newspaper": "publication",
    "media name": "publication",
    "site name": "publication",
    # "Newspaper" in other languages' crawls.
    "periódico": "publication",
    "periodico": "publication",
    "jornal": "publication",
    "zeitung": "publication",
    "giornale": "publication",
    "text": "body",
    "article": "body",
    "body": "body",
    "content": "body",
    "article text": "body",
    "text content": "body",
    "article content": "body",
    "story": "body",
    "paragraphs": "body",  # a scraper's own names: "Headlines:" / "Paragraphs:"
    "full text": "body",
    # "Article", "text" and "content" in other languages' crawls.
    "статья": "body",
    "текст": "body",
    "текст статьи": "body",
    "artículo": "body",
    "isi": "body",
    "konten": "body",
    "nội dung": "body",
    "texto": "body",
    "contenido": "body",
    "conteúdo": "body",
    "inhalt": "body",
    "contenu": "body",
    "testo": "body",
    "cuerpo": "body",  # "body" in Spanish, Portuguese and Italian crawls; French "text"
    "corpo": "body",
    "texte": "body",
    "içerik": "body",  # Turkish, and as keys write it without its marks
    "icerik": "body",
    "metin": "body",
    # "Body" and "content" in Korean, Japanese and Chinese crawls.
    "본문": "body",
    "내용": "body",
    "本文": "body",
    "正文": "body",
    "内容": "body",
    "內容": "body",
}

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# Month names in languages that write the day first ("4 de marzo de 2024", "4. März 2024",
# "4 marca 2024"), in the form a date uses (Polish, Russian, Ukrainian and Greek dates use
# the genitive). Short forms that are English words ("set", "out", "ago") are left out.
FOREIGN_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner janvier janv enero ene gennaio janeiro jan januari ianuarie ocak "
            "stycznia января січня ιανουαρίου ιανουαριου",
            "februar février fevrier févr fevr febrero febbraio fevereiro fev februari "
            "februarie şubat subat lutego февраля лютого φεβρουαρίου φεβρουαριου",
            "märz maerz mär mars marzo março marco maart mrt maret martie mart marca марта березня "
            "μαρτίου μαρτιου",
            "avril avr abril abr aprile april aprilie nisan kwietnia апреля квітня "
            "απριλίου απριλιου",
            "mai mayo maggio maio mei maj mayıs mayis maja мая травня μαΐου μαϊου μαιου",
            "juni juin junio giugno junho iunie haziran czerwca июня червня ιουνίου ιουνιου",
            "juli juillet juil julio luglio julho iulie temmuz lipca июля липня ιουλίου ιουλιου",
            "august août aout agosto augustus agustus augusti ağustos agustos sierpnia "
            "августа серпня αυγούστου αυγουστου",
            "september septembre septiembre setiembre settembre setembro septembrie eylül "
            "eylul września wrzesnia сентября вересня σεπτεμβρίου σεπτεμβριου",
            "oktober octobre octubre ottobre outubro octombrie ekim października "
            "pazdziernika октября жовтня οκτωβρίου οκτωβριου",
            "november novembre noviembre novembro noiembrie kasım kasim listopada ноября листопада "
            "νοεμβρίου νοεμβριου",
            "dezember dez décembre decembre déc diciembre dic dicembre dezembro december "
            "desember decembrie aralık aralik grudnia декабря грудня δεκεμβρίου δεκεμβριου",
        ),
        start=1,
    )
    for name in names.split()
}

WEEKDAYS: tuple[str, ...] = (
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thur",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
)

# Weekdays in languages that write the day first: one before a numeric date says that
# "4/3/2024" is the 4th of March. Vietnamese pages write "Thứ hai, 4/3/2024".
FOREIGN_WEEKDAYS: tuple[str, ...] = (
    *(
        "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
        "lundi mardi mercredi jeudi vendredi samedi dimanche "
        "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
        "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi "
        "sabato domenica "
        "segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira "
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
        "senin selasa rabu kamis jumat sabtu minggu "
        "luni marți marţi marti miercuri joi vineri sâmbătă sambata duminică duminica "
        "pazartesi salı sali çarşamba carsamba perşembe persembe cuma cumartesi pazar "
        "poniedziałek wtorek środa czwartek piątek sobota niedziela "
        "понедельник вторник среда четверг пятница суббота воскресенье "
        "понеділок вівторок середа четвер п'ятниця субота неділя "
        "måndag tisdag onsdag torsdag fredag lördag söndag "
        "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή "
        "δευτερα τριτη τεταρτη πεμπτη παρασκευη σαββατο κυριακη"
    ).split(),
    *("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"),
    # Vietnamese "ngày" ("day"), which opens a date as a weekday does, after its time too:
    # "09:15 ngày 21-04-2023".
    "ngày",
)

# Time-zone abbreviations with fixed offsets, in minutes. Ambiguous ones ("ET", "IST" has
# three meanings) are deliberately missing: the time is kept without a zone instead.
ZONES: dict[str, int] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "wet": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "akst": -540,
    "akdt": -480,
    "hst": -600,
    "jst": 540,
    "kst": 540,
    "aest": 600,
    "aedt": 660,
    "nzst": 720,
    "nzdt": 780,
    "sgt": 480,
    "hkt": 480,
    "wib": 420,  # Indonesia: western, central and eastern
    "wita": 480,
    "wit": 540,
}

# Zone abbreviations that name no single offset ("ET" is EST or EDT by season; "IST" is
# India, Israel or Irish time). They still mark a time, so a date line ending in one is a
# date line; the time is kept without a zone rather than guessed.
AMBIGUOUS_ZONES: frozenset[str] = frozenset("et pt ct mt ist ast".split())

# Prefixes of date lines ("Published March 3, 2024"); "updated" ones set `updated`.
DATE_PREFIXES: dict[str, str] = {
    "published": "date",
    "posted": "date",
    "date": "date",
    "first published": "date",
    "published on": "date",
    "posted on": "date",
    "dated": "date",
    "released": "date",
    "released on": "date",
    "updated": "updated",
    "last updated": "updated",
    "last updated on": "updated",
    "updated on": "updated",
    "modified": "updated",
    "modified on": "updated",
    "last modified": "updated",
    "last modified on": "updated",
    "updated at": "updated",
    "published at": "date",
    "original": "date",
    "originally published": "date",
    "originally published on": "date",
    "date published": "date",
    "published date": "date",
    "publish date": "date",
    "publication date": "date",
    "article publication date": "date",
    "date posted": "date",
    "posted at": "date",
    "first published on": "date",
    # German pages: "Stand: 14.03.2022 09:15 Uhr" (the time the page was last changed).
    "stand": "updated",
}

# Date labels in languages that write the day first (so a numeric date after one is read
# day first): "Publié le 4 mars 2024", "입력 2024.03.04 10:20", "Data publicării: ...".
FOREIGN_DATE_PREFIXES: dict[str, str] = {
    **dict.fromkeys(
        (
            "publié le", "publié", "publicado el", "publicado em", "publicado", "fecha",
            "pubblicato il", "pubblicato", "data", "veröffentlicht am", "veröffentlicht",
            "erschienen am", "datum", "gepubliceerd op", "gepubliceerd", "data publicării",
            "publicat", "diterbitkan", "dipublikasikan", "tanggal", "opublikowano",
            "опубликовано", "дата публикации", "опубліковано", "yayınlanma", "yayinlanma",
            "yayınlanma tarihi", "giriş", "giris",
            "입력", "기사입력", "등록", "발행", "公開日",
            "发布时间", "发布日期", "發佈時間", "时间", "時間", "日期",
            "発行日", "掲載日", "日付",  # Japanese: "issue date", "publication date", "date"
            "তারিখ", "প্রকাশিত",  # Bengali: "date", "published"
            # Bosnian, Croatian, Serbian: "date and time of publication", "published".
            "datum i vrijeme objavljivanja", "datum i vreme objavljivanja", "datum objave",
            "objavljeno",
        ),
        "date",
    ),
    **dict.fromkeys(
        (
            "mis à jour le", "mis à jour", "modifié le", "actualizado el", "actualizado",
            "atualizado em", "atualizado", "aggiornato il", "aggiornato", "aktualisiert am",
            "aktualisiert", "bijgewerkt op", "bijgewerkt", "data actualizării", "actualizat",
            "diperbarui", "aktualizacja", "обновлено", "оновлено", "güncelleme",
            "güncellenme tarihi", "수정", "업데이트", "更新日", "更新时间", "更新時間",
        ),
        "updated",
    ),
}  # fmt: skip

# Last words of a newspaper's name ("The Kerrville Daily Times", "Fort Worth Star-Telegram").
PUBLICATION_WORDS: frozenset[str] = frozenset(
    "times post press journal herald tribune gazette telegraph telegram guardian chronicle "
    "observer news daily courier register sun inquirer bulletin dispatch examiner standard "
    "independent mirror express record review monitor globe leader ledger citizen democrat "
    "republic sentinel star beacon enquirer mail statesman advocate reporter today".split()
)

# Header labels whose value is on the following line when the label stands alone.
SECTION_MARKERS: dict[str, str] = {
    "[xsum]url[xsum]": "url",
    "url:": "url",
    "link:": "url",
    "permalink:": "url",
    "source url:": "url",
    "original url:": "url",
    "[xsum]introduction[xsum]": "summary",
    "[xsum]restbody[xsum]": "body",
    "text:": "body",
    "article:": "body",
    "body:": "body",
    "content:": "body",
    "article content:": "body",
    "story:": "body",
    "body": "body",  # a news archive's export marks the story's start with "Body" alone
    "summary:": "summary",
    "description:": "summary",
}

# Chrome that may begin anywhere in a line: hint -> pattern. Both are regular expressions
# in lower case, matched against the lowered line, and the pattern can only match a line
# in which the hint is found, so that most lines skip these patterns, which are tried from
# every position.
CHROME_ANYWHERE_PATTERNS: dict[str, str] = {
    "click here": r".*\bclick here\b.*",
    "cookie": r".*\bcookies?\b.*\b(accept|consent|policy|settings)\b.*",
    # Also as a PDF's text glues it: "Page2of40©2031Newsbank,Inc.Allrightsreserved."
    "reserved": r".*\ball ?rights ?reserved\.?",
    # A link's label: "Our Standards: The Trust Principles., opens new tab".
    "new (tab|window)": r".*\b(opens|open) (in )?(a )?new (tab|window)\.?",
    # A newsletter's blurb closing with its call to sign up.
    "newsletter": (
        r".*\bnewsletters?\b.*\bsign up( here| now| today)?[.!]?"
        # "Sign up for our morning newsletter and get the news in your inbox."
        r"|sign up for (our|the) [^.]{0,60}\bnewsletters?( and get [^.]{0,60})?[.!]?"
    ),
    # An embedded post: its text ending in its picture's link, and its signature line
    # ("— Jane Doe (@janedoe) May 2, 2031").
    r"pic\.twitter\.com/": r".*\bpic\.twitter\.com/\w+",
    r"\(@": r"[—–-] ?.{1,80} \(@\w{1,30}\) .{3,30}\d{4}",
    # Affiliate disclosures: "If you buy through our links, we may earn a commission."
    "commission": (
        r".*\bwe (may|might) (earn|receive|get) (a )?(small )?(affiliate )?commission\b.*"
    ),
}

# Chrome gated by a literal hint (lower case): hint -> regular expression (case-insensitive)
# that must match the whole line, and cannot match without the hint. Unlike the "anywhere"
# patterns above these are not glued to CHROME_PATTERNS: each is compiled alone, on the
# first line holding its hint, so a run pays only for the families its input has; phrases
# joined by sentence ends are taken apart in parser/chrome.py instead.
# Most are calls to action addressed to the reader. Each opens with the imperative (a
# report of one, "The paper asked readers to subscribe", does not) and most stop at the end
# of their sentence, so that an article's sentence after them is never taken for chrome.


def _messenger_promo(messenger: str) -> str:
    """A promotion of the outlet's channel on ``messenger``: "Read the Courier on
    Telegram.", "Join our WhatsApp channel for the latest updates", "Читайте Вестник в
    Telegram." (read ... in)."""
    return (
        r"(read|follow|join|discuss|get|subscribe to|читайте|подписывайтесь на|следите за"
        r"|обсудите)\b[^.!?]{0,60}?\b((on|in|to|via|в|на) )?(our |the )?(official )?"
        rf"{messenger}([- ](channel|group|канале?|каналу))?"
        r"( [«\"“][^»\"”]{1,40}[»\"”])?( for [^.!?]{1,60})?[.!]?"
    )


def _disclaimer(noun: str) -> str:
    """An opinion page's disclaimer: "The views expressed in this article are those of the
    author and do not necessarily reflect ...", "The opinions expressed here are the
    writer's own."."""
    return (
        rf"(the )?{noun} expressed (in this (article|piece|post|column|story|blog)"
        r"|here(in)?) are (those of |solely those of |the )?(the )?(authors?|writers?)"
        r"('s|’s)?( own)?\b[^.!?]{0,160}[.!]?"
    )


CHROME_HINTED_PATTERNS: dict[str, str] = {
    # A Korean portal's chat room under the story: "... 톡방 종료까지 00:00:00 남았습니다"
    # (time left until the chat room closes).
    "톡방": r"[^.]{0,60}?\.? ?톡방 종료까지 [\d:]+ 남았습니다\.?",
    # A Korean copyright line by its closing words: "Outlet, 무단전재 및 재배포 금지"
    # (reproduction and redistribution without permission forbidden).
    "무단": r"[^.]{0,80}?무단 ?(전재|복제)[^.]{0,30}금지[>)\]]?\.?",
    # Chinese reposts' disclaimers: "免责声明：本文仅代表作者个人观点，与本站无关。"
    # (disclaimer: the author's own views), "本文来自某某客户端，不代表某某的观点和立场。"
    # (this article ... does not represent the portal's views).
    "免责声明": r"[【\[（(]?免责声明[】\]）)]?(?:\s*[:：].{0,160})?",
    "代表": (
        r"[（(【\[]?(?:本文|文章|该文|此文)(?:仅代表|只代表|[^。！，,]{0,40}[，,]\s*并?不代表)"
        r"[^。！]{0,30}?(?:观点|立场)[^。！]{0,20}?[。！.]?[）)】\]]?"
    ),
    # "内容来自北青网": where the portal took the story from, under it.
    "内容来自": r"[（(]?内容来自[^。，,\s]{1,24}[）)]?",
    # "（责任编辑：张三）", "责任编辑：张三 SN222": the editor on duty, under the story.
    "责任编辑": r"[（(【\[]?责任编辑\s*[:：]\s*[^。]{1,40}?[）)】\]]?",
    # A web clipper's footer under the page it saved: "Get a free Evernote account to
    # save this article and view it later on any device."
    "evernote": r"get a free evernote account[^.!?]{0,100}[.!]?",
    "views expressed": _disclaimer("views"),
    "opinions expressed": _disclaimer("opinions"),
    # A blog feed's footer on every item: "The post <title> appeared first on <site>."
    "appeared first on": r"the post (?!of ).{1,300} appeared first on [^.!?]{1,80}\.?",
    "telegram": _messenger_promo("telegram"),
    "whatsapp": _messenger_promo("whatsapp"),
    "телеграм": _messenger_promo("телеграм"),
    # The note on who helped with the story ("Jane Roe contributed to this report.": no
    # byline, the writer is another); its opening class would try every line.
    " contributed ": (
        r"[^.!?]{2,80} contributed (reporting( to this (report|story|article))?"
        r"( from [^.!?]{2,40})?|to this (report|story|article))\."
    ),
    # A logo's text where the page's picture was: "-logo", "Example News logo".
    "logo": r"[\w .&'’-]{0,40}[- ]logo",
    # The disclaimer under a page's outside links ("The BBC is not responsible for the
    # content of external sites"): its opening class would try every line.
    "not responsible for the content": (
        r"[\w&'’. -]{1,40} (is|are) not responsible for the content of external "
        r"(sites|websites|internet sites|links)\.?( read about our approach to external "
        r"linking\.?)?"
    ),
    # A style sheet's rule left in the text: "a.promo:hover {color:#123456;}" (its opening
    # character class would try every line, so only lines with a brace are tried).
    "{": r"[\w.#:>*\[\]=\"', -]{1,80}\{[^{}]{1,200}:[^{}]{1,200}\}",
    # Membership and donation appeals: "Support independent journalism: become a member."
    # After the noun only a promo's own connective ("... while getting a tote bag"): in
    # "Support local journalism, the mayor urged" the sentence goes on as a report.
    "support ": (
        r"(please )?support (?!for\b)([\w'’-]+ ){0,3}(journalism|newsroom)"
        r"( (while|and|with|by|today|now)\b[^.!?]*)?[.!:]?"
    ),
    "become a": (
        r"become a (paying |premium |founding |digital )?(member|subscriber|supporter|patron)"
        r"( today| now| here)?[.!]?"
    ),
    "donat": (
        r"(please )?(consider )?(donate|donating|making a ([\w-]+ ){0,2}donation"
        r"|make a ([\w-]+ ){0,2}donation)( now| today| here)?"
        r"( to (support )?(us|our [\w ]{1,30}|independent journalism))?[.!]?"
    ),
    # "Check out the latest from our correspondents", "Check out our guide to the best
    # beaches": a promotion of the outlet's own pages ("Check out time is noon" is not).
    "check out": (
        r"(please )?check out (the latest|our latest|all the latest|more|our|all our)\b"
        r"( [\w'’-]+){0,10}[.!]?"
    ),
    # "Join my newsletter for more reviews like this.", "Join the conversation".
    "join": (
        r"join (my|our|the|\d[\d,]* other) ([\w'’-]+ ){0,3}?(newsletters?|mailing list"
        r"|email list|community|conversation|discussion|subscribers|readers)\b[^.!?]*[.!?]?"
    ),
    # "Get the latest headlines in your inbox", "Top stories, delivered to your inbox".
    "inbox": (
        r"((get|receive|have) (the (latest|best|top|biggest|day's|day’s|week's|week’s)|our"
        r"|today's|today’s|breaking|more|free)"
        r"|sign up (now |today |here )?(to|and) (get|receive|have))\b[^.!?]{0,80}?"
        r" (in|into|to|straight to|directly to|right to) your inbox\b[^.!?]*[.!]?"
        r"|[^.!?]{1,80}, (delivered|sent)( straight| right| directly| free)? to your inbox"
        r"( every \w+| each \w+| daily| weekly)?[.!]?"
    ),
    # "Sign up for our free weekly newsletter." (the bare "Sign up" is a CHROME_PATTERN).
    "sign": (
        r"sign ?up (now |today |here )?(for|to) (our|my|the|[\w'’ ]{1,30}['’]s)"
        r" ([\w'’-]+ ){0,3}?(newsletters?|emails?|alerts?|briefing|digest|updates)"
        r"( here| now| today| for free)?[.!]?"
    ),
    "subscri": (
        r"subscribe (now |today )?(to|on) (our|my|the) ([\w'’-]+ ){0,3}?(newsletter|channel"
        r"|podcast|feed|magazine|print edition)s?( (now|today|here|for free))?"
        # "... for the latest news delivered to your inbox": what the reader will get.
        r"( (for|to get|and get) [^.!?]{0,80})?[.!]?"
        r"|subscribe (now |today )?(for|to get|and get) (unlimited|full|digital|instant"
        r"|ad-free) access\b[^.!?]*[.!]?"
        # "Subscribe to Harbour PRO for exclusive insights and analysis ...": a brand's
        # offer, its capitalised name, then what the reader gets.
        r"|subscribe (now |today )?to (?-i:[A-Z])[\w&'’.-]*( (?-i:[A-Z&])[\w&'’.-]*){0,3}"
        r" (for|to get) [^.!?]{1,160}[.!]?"
    ),
    # A buy button: "Click the Check Price button below." The button's name must be about
    # buying: "Click the Save button" is a how-to article's own instruction.
    "button": (
        r"(.*[.!?,:] )?(please )?(click|tap|press|hit)( on)? (the )?([\w'’-]+ ){0,3}?"
        r"(price|buy|deal|shop|offer|order|purchase|cart|basket)( [\w'’-]+){0,2} button"
        r"( below| above| here)?[.!]?"
    ),
    # Ad straps: a tagline with no sentence end, then "Learn more about <Brand>" (glued
    # when the scraper lost the spaces). The brand must be capitalised: "She went to
    # learn more about fjords", "How to Learn More About Jazz" and "Learn more about the
    # tide tables below" are prose.
    "earn more": (
        r"[^.!?]{0,160}?(?<!\bto )(?-i:L)earn more( ?about ?(?-i:[A-Z])[\w&'’-]*"
        r"( (?-i:[A-Z&])[\w&'’-]*){0,2})?[.!]?"
    ),
    # Market-data disclaimers of finance pages, glued to their notice: "Quotes delayed at
    # least 15 minutes. Market data provided by X." Everything after that opening is the
    # notice's. A data credit needs a market word and a bare name ("Data provided by the
    # ministry showed ..." is a sentence).
    "delayed": (
        r"(stock |market |price )?quotes (are )?(displayed in real[- ]?time or )?delayed"
        r" (by )?at least \d+ min(ute)?s\b.*"
    ),
    "provided by": (
        r"(market|mutual fund|fund|etf|stock|index|price)"
        r"( and (etf|mutual fund|fund|index))? data (is |are )?provided by"
        r" (?-i:[A-Z])[\w&'’.-]*( (?-i:[A-Z&])[\w&'’.-]*){0,3}\.?"
    ),
    # "You must be logged in to post a comment" (to vote, to bank: that is news); a
    # comment count ("12 Comments", "No Comments", "Comments (12)", "View all 12 comments").
    "comment": (
        r"(you (must|need to|have to) (be )?(log ?in|logged in|sign in|signed in|register)"
        r"( in order)?|(please )?(log ?in|sign in|register)) to (post|leave|write|add|view)"
        r"( a| the)? comments?[.!]?"
        r"|(\d[\d,]*|no|one|aucun) comment(s|aires?|i)?( yet)?|comment(s|aires?|i)? \(\d[\d,]*\)"
        r"|(view|show|read|see) (all )?(\d[\d,]* )?comments?"
    ),
    # The same in German, Spanish and Portuguese: "7 Kommentare", "Auf diesen Kommentar
    # reagieren" (a reply button), "3 comentarios", "Deixe um comentário".
    "kommentar": (
        r"(\d[\d,.]*|keine) kommentare?|kommentare? \(\d[\d,.]*\)"
        r"|auf diesen kommentar (reagieren|antworten)"
        r"|kommentar (verfassen|schreiben|abgeben)"
    ),
    "coment": (
        r"(\d[\d,.]*|sin|sem) coment(ario|ário)s?|coment(ario|ário)s? \(\d[\d,.]*\)"
        r"|(deja|dejar|deixe|deixar) (un|um|tu|seu) coment(ario|ário)"
    ),
    # A Vietnamese page's: "Bình luận (0)", "3 bình luận".
    "bình luận": r"(\d[\d,.]* )?bình luận( \(\d[\d,.]*\))?",
    # A Korean page's comment count: "댓글", "0 댓글", "댓글 3", "댓글 (3)".
    "댓글": r"(\d[\d,]* )?댓글( \d[\d,]*| \(\d[\d,]*\))?",
    # "This article is more than 2 years old" (an archive notice above old stories).
    "is more than": r"this (article|story) is more than (\d+|a|an|one) \w+ old",
    # "Video Duration 02 minutes 31 seconds" (a video player's label).
    # (The hint is "duration": a first letter other hints have costs less to look for.)
    "duration": r"video duration( \d+ (minutes?|seconds?))+",
    "implemented by": r"powered and implemented by (?-i:[A-Z])[\w&'’.-]*( [\w&'’.-]+){0,3}\.?",
}

# Openings of legal notices, which may run past the length limit of other chrome.
LEGAL_NOTICE_OPENINGS: tuple[str, ...] = (
    "©",
    "ⓒ",  # the circled letter Korean pages print for the sign
    # An opinion page's disclaimer (see "views expressed" in CHROME_HINTED_PATTERNS).
    "the views expressed",
    "the opinions expressed",
    "copyright",
    "(c) ",
    "all rights reserved",
    "this material may not be published",
    "quotes displayed in real",
    "quotes delayed",
    "quotes are delayed",
)

# Buttons that crawlers glue before an author's name ("Author: Email Jane Doe").
AUTHOR_BUTTON_WORDS: tuple[str, ...] = ("email ", "e-mail ", "contact ", "follow ")

# Byline values that are only the word introducing a name ("Author: By"): no one is credited.
EMPTY_BYLINE_VALUES: frozenset[str] = frozenset(
    {"by", "written by", "author", "authors", "author not found", "unknown author", "no author"}
)

# What crawlers write in a field they found nothing for ("Title: Title not found", "Date:
# N/A"), compared in lower case without a final full stop: the field is absent.
PLACEHOLDER_VALUES: frozenset[str] = frozenset(
    {
        "n/a", "na", "none", "null", "nil", "undefined", "unknown", "-", "--", "tbd",
        "not found", "not available", "unavailable", "no data", "no value", "empty",
        "scraped",  # "Source: Scraped": where the crawler got it, not who took it
        # "Unknown" in Spanish, Portuguese, French, German ("Autor: Autor desconocido").
        "desconocido", "desconocida", "desconhecido", "inconnu", "unbekannt",
    }
)  # fmt: skip
# "<what> not found", "no <what>", "<what> unavailable": the words a placeholder may name.
PLACEHOLDER_SUBJECTS: frozenset[str] = frozenset(
    "title headline author authors byline date time content text body article summary "
    "description url link source publisher image caption interviewer reporter writer "
    "story autor auteur".split()
)

# Labelled metadata that is not an article field (crawler bookkeeping) -> boilerplate.
METADATA_LABELS: frozenset[str] = frozenset(
    {
        "word_count", "word count", "words", "tags", "categories", "category", "keywords",
        "language", "lang", "crawled", "crawl_date", "scraped", "fetched", "id", "docid",
        "slug", "section", "status",
        # What article extractors (newspaper3k and the like) print besides the story.
        "top image", "image", "images", "image url", "thumbnail", "movies", "videos",
        "meta keywords", "meta lang", "meta favicon", "tags list", "word_count_estimate",
        "type", "content type", "format", "encoding", "mime type",
        # A feed reader's entry: the feed it came from, the reader's own flags.
        "rss feed", "feed", "feed url", "starred", "read", "bookmarked",
        # A news archive's export (LexisNexis): "Length: 512 words", "Load-Date: ...".
        "length", "load-date", "load date", "publication-type", "document-type",
        "journal-code", "version", "graphic", "translated title", "dateline", "edition",
        # What a sentiment or topic classifier wrote under each story.
        "sentiment", "sentiment score", "polarity", "subjectivity", "topic", "topics",
    }
)  # fmt: skip

# The verbs of a wire's note on what its update changed, over the story or run onto its
# first sentence: "(Adds background in paragraphs 5-6)", "(Updates with the minister's
# comments)", "(Corrects spelling of name in paragraph 3)". Not "changes" or "fixes",
# which open sentences in brackets as nouns.
UPDATE_NOTE_VERBS: tuple[str, ...] = (
    "adds",
    "updates",
    "recasts",
    "corrects",
    "rewrites",
    "refiles",
)

# Page chrome: whole lines that are navigation, ads, sharing or legal text, not article text.
# Each pattern must match the WHOLE line. Written in lower case: lines are lowered before
# matching, which is several times faster than a case-insensitive pattern.
CHROME_PATTERNS: tuple[str, ...] = (
    # An e-mail address alone: the reporter's or the desk's, under the story.
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
    r"advertisement",
    r"advertisement\s*[-–—:|]\s*(scroll|continue) (down )?to (continue )?reading\.?",
    # A picture's button, "View image in fullscreen"; the halves of an old story's notice
    # on lines of their own, "This article is more than" / "4 years old" (the whole: see
    # CHROME_HINTED_PATTERNS).
    r"view (image|picture|photo) in full ?screen",
    r"this (article|story) is more than",
    r"\d{1,2} (months?|years?) old",
    # A Jekyll or Liquid template's tag alone on its line, around the post's HTML: "{% raw
    # %}", "{% endraw %}", "{% include figure.html %}".
    r"\{%-?\s*\w+[^%]{0,200}-?%\}",
    # A blog's media left in the text: "[youtube]V0rweOsURqA[/youtube]", an audio player.
    r"\[(youtube|vimeo|video|audio|embed|tweet)\][^\[\]]{0,200}\[/(youtube|vimeo|video|audio|embed|tweet)\]",
    r"<(audio|video)\b[^<>]{0,300}>\s*(</(audio|video)>)?",
    # A link to more of the site's stories among the paragraphs: "Read more harbour news on
    # the Velmar coast", "See all our coverage of the strike" (no colon: "Read more:
    # <title>" is a related link).
    *(
        rf"{verb} (more|all|the latest)( [^.!?:]{{1,60}})? (news|stories|coverage|updates)"
        r"( (on|about|from|of|in) [^.!?:]{1,40})?"
        for verb in ("read", "see", "get")  # a literal first letter: grouped with others
    ),
    # Reading aids and calls to action between or after paragraphs: "Article continues
    # after sponsor message", "For more articles like this, please visit us at
    # example.com", "Subscribe now to stay ahead with ...".
    *(
        rf"{item} continues (after|below) (this |the )?(sponsor message|advertisement|ad)"
        for item in ("article", "story")
    ),
    r"for more (articles|stories|news)( like this)?,? (please )?visit( us)?( at)? [\w.-]+\.\w+\.?",
    r"subscribe now to [^.!?]{1,80}[.!]?",
    # A page's count of its readers: "4312 views", "1,2K просмотров", "874 vues".
    r"\d[\d,. ]*[kmкм]?\s*(views?|просмотр(ов|а)?|vues|visualizaciones|visualizações|aufrufe"
    r"|visualizzazioni|görüntülenme|wyświetle(ń|nia))",
    # A news archive's id closing each document of its export (Factiva).
    ARCHIVE_DOCUMENT,
    r"advert",
    # WordPress ad shortcodes left in the text by a feed-fed blog, "[ad_1]", and a news
    # API's mark where it cut the content, "[+812 chars]" (one alternative: a line that
    # opens with neither fails at its first character).
    r"\[(ad_?\d{1,2}|\+\d{1,7} chars)\]",
    r"(…|\.\.\.) ?\[\+\d{1,7} chars\]",  # a content cut before its first word
    # A feed's cut: the story goes on at the link.
    r"continue reading\s*(\.\.\.|…|»|→)?",
    # A page's audio player and sharing buttons, one word a line.
    r"listen",
    # Where a story goes on elsewhere: "Read the full story at Metro Ledger.", "Watch the
    # full segment from Channel 9." (a pattern a verb: grouped by first letter).
    *(
        verb + r" the (full|whole|complete) (story|article|report|segment|video|interview"
        r"|episode)( (at|on|from|in) [^.!?]{1,60})?[.!]?"
        for verb in ("read", "watch", "see")
    ),
    # A video player's countdown to the next clip: "Next up in 5".
    r"next up in \d{1,2}",
    # A press release's end mark: "ENDS", "-ends-".
    r"ends",
    r"[-–—*]+ ?ends ?[-–—*]*",
    r"ad",
    r"sponsored( content)?",
    r"skip to (main )?content",
    # A broadcaster's page around its embedded lists and posts: "Skip Most read and
    # continue reading" ... "End of Most read", "End of Twitter post by @harbourpost".
    r"skip [^.!?]{1,60} and continue reading",
    r"end of (most read|podcast|promotion|[a-z]+ (post|content)( by [^.!?]{1,60})?)",
    # A page's share counter: "This story has been shared 1,204 times."
    r"this (story|article) has been shared [\d,.]+ times\.?",
    r"skip to navigation",
    r"sign up here\.?",
    r"sign up( for (our|the) \w+( newsletter)?)?\.?",
    r"subscribe( now| today)?\.?",
    r"e-?mail to a friend",
    r"share( this( article| story)?)?",
    r"(share|print|email|tweet|comment)s?( this)?( (article|story|page))?",
    r"print",
    r"facebook",
    r"twitter",
    r"linkedin",
    r"whatsapp",
    r"reddit",
    r"copy link",
    r"(read|see) (more|less)",
    r"(show|hide) caption",
    r"hide caption",
    r"toggle caption",
    r"enlarge this image",
    r"(image|photo|page|slide) \d+ of \d+",
    r"(log|sign) ?in",
    r"register",
    r"menu",
    r"home",
    r"search",
    r"close",
    r"(back )?to (the )?top( of (the )?page)?",
    r"top of (the )?page",
    r"next article",
    r"previous article",
    r"(most )?(popular|read|viewed)",
    r"trending( now)?",
    r"we use cookies.*",
    r"accept( all)?( cookies)?",
    r"(manage )?cookie (settings|preferences)",
    r"copyright\s*(©|\(c\))?\s*\d{4}.*",
    r"©.*",
    r"ⓒ.*",
    # Korean: "<저작권자 ⓒ Outlet, 무단 전재-재배포 금지>" (copyright holder ©, no reproduction).
    r"<?저작권자\s*(©|ⓒ|\(c\)).*",
    r"\(c\) \d{4}.*",
    # The notice's first words; what follows in the same block is the rest of the notice.
    r"this material may not be published, broadcast, rewritten,? or redistributed\b.*",
    r"listen to (this )?(article|story)( \d+ min(ute)?s?)?",
    r"<? ?\d+ min(ute)? read",  # "< 1 MIN READ" too
    # A wire's note on what its update changed, over the story (UPDATE_NOTE_VERBS).
    rf"\(({'|'.join(UPDATE_NOTE_VERBS)}) [^()]{{2,200}}\)",
    # A wire's editors' initials closing its story on a line of their own ("/МК/", "/JT, RS/"),
    # as Bulgaria's BTA prints them.
    r"/[a-zа-яё]{1,4}(?:[,/ ]+[a-zа-яё]{1,4})*/",
    # The reading time in other languages: "Lesezeit: 3 Minuten", "Tiempo de lectura: 3 min".
    r"(lesezeit|tiempo de lectura|temps de lecture|tempo de leitura|tempo di lettura"
    r"|czas czytania|время чтения|okuma süresi) ?: ?\d+ ?\w*\.?",
    r"(updated|published) \d+ (minutes|hours|days) ago",
    r"watch( video)?:?",
    # A link to a video or gallery, marked with a closing guillemet ("Watch the vote »");
    # with no sentence before it and no opening guillemet (a quotation: « ... »).
    r"[^.!?«»]{1,80} »",
    r"follow us on .*",
    # "Follow BBC West on Facebook": a desk's social pages, named.
    r"follow [\w&'’. -]{1,40} on (facebook|twitter|x|instagram|tiktok|youtube|linkedin"
    r"|threads|bluesky|whatsapp)\.?",
    r"(download|get) (the|our) ([\w'’&-]+ ){0,3}app\b.*",
    r"newsletter",
    r"more from .*",
    r"related (articles|stories|coverage):?",
    r"purchase licensing rights.*",
    r"recommended( stories| for you)?",
    r"([\w-]+ )?video of the day",
    r"scroll to continue( with content)?",
    r"subscribed!?",
    r"you('ve| have) (successfully )?subscribed\b.*",
    # A line that is only a Markdown link, maybe an item of a list: in Markdown crawls, the
    # page's links to other stories; with no text, an image or icon.
    r"([*+-] |\d+\. )?\[[^\]]{0,200}\]\([^)]{0,500}\)",
)

# Words of the section labels ("kickers") that pages print above a headline: "Politics",
# "World news", "UK news", "Analysis", "Live". A line made only of these, before the
# headline, names the page's section; a headline says more.
KICKER_WORDS: frozenset[str] = frozenset(
    "news world politics business opinion analysis comment commentary editorial "
    "explainer exclusive live breaking sport sports football technology tech science "
    "health culture entertainment lifestyle travel environment climate economy markets "
    "money finance investigations investigation features feature local national "
    "international crime justice education media arts books music film tv television "
    "weather uk us u.s. europe asia africa americas australia india china middle east "
    "latin america global region regional politics & and the "
    # Rubrics in the languages whose dates we read ("CHRONIQUE", "Kommentar", "Opinión").
    "chronique tribune éditorial analyse entretien enquête reportage décryptage "
    "kommentar meinung interview opinión análisis crónica entrevista reportaje opinião "
    "análise crônica reportagem commento analisi intervista opinie achtergrond column "
    "opini analisis wawancara".split()
)

# Headings of the lists of links to other stories that pages print around an article
# (compared as CHROME_PHRASES are): the lines of titles after one are links, not text.
LIST_HEADINGS: frozenset[str] = frozenset(
    {
        "most viewed", "most read", "most popular", "most shared", "most commented",
        "popular", "popular now", "popular stories", "trending", "trending now",
        "trending stories", "related", "related stories", "related articles",
        "related coverage", "related news", "related posts", "related content",
        "more stories", "more news", "more to explore", "more on this story",
        "recommended", "recommended for you", "recommended stories", "recommended reading",
        "you may also like", "you might also like", "you may like", "read next", "up next",
        "what to read next", "top stories", "latest news", "latest stories", "latest",
        "editor's picks", "editors' picks", "promoted stories", "around the web",
        "from our partners", "don't miss", "in other news", "related topics",
        "people are also reading", "people also read", "readers also read",
        "readers also liked", "you might be interested in", "you may be interested in",
        "more like this", "further reading", "also read", "read also", "see also", "read more",
        "more on this topic", "more about this topic", "más sobre este tema",
        "more from the author", "more in this section", "other stories",
        *FOREIGN_READ_ALSO,  # in other languages ("read also", "related news")
        "많이 본 뉴스",  # Korean: most viewed
    }
)  # fmt: skip

# Whole lines of page chrome, compared after normalising (lower case, "’" as "'", runs of
# spaces as one, punctuation and "*" around the line dropped): a set lookup costs nothing at
# start-up and little per line, where each pattern added to CHROME_PATTERNS costs both.
# A line may also be several of these joined by "|", "•", "·" or sentence ends ("Terms of
# Use | Privacy Policy", "Don't have an account? Sign up"). Only phrases that no article
# uses as a line of its own: "Next steps" or "Privacy policy changes" stay text.
SOCIAL_NETWORKS: tuple[str, ...] = (
    "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "pinterest", "instagram",
    "youtube", "telegram", "flipboard", "tumblr", "email", "e-mail", "messenger", "sms",
)  # fmt: skip
CHROME_PHRASES: frozenset[str] = frozenset(
    {
        # Buttons and notices in other languages: French, Spanish, Portuguese, German,
        # Dutch, Italian, Indonesian, Vietnamese, Turkish, Russian, Korean, Chinese.
        # A ticker's label over its headlines ("Breaking News:"), set apart on a page.
        "breaking news",
        # A Korean broadcast script's cues alone on their line ("<앵커 멘트>", the anchor's
        # words; "<리포트>", the report; "<기자 멘트>", the reporter's): the key keeps "<".
        "<앵커 멘트", "<앵커멘트", "<앵커 코멘트", "<앵커", "<리포트", "<기자 멘트", "<기자멘트",
        "<기자", "<인터뷰", "<녹취", "<현장음", "<클로징",
        # A news site's footer and its video players: its own links and buttons.
        "reuse this content", "explore more on these topics", "support the guardian",
        "print subscriptions", "complaints & corrections", "tip us off", "search jobs",
        "work for us", "accessibility settings", "all topics", "all writers",
        "digital newspaper archive", "add to flipboard magazine", "see more videos",
        "featured stories", "you might like", "skip ad", "ad loading", "no summary available",
        "website accessibility", "this offer is currently unavailable",
        "partager", "lire plus tard", "article réservé aux abonnés", "réservé aux abonnés",
        # ("Read also" in other languages: see LIST_HEADINGS.) An audio player's button,
        # "listen to this article", and its note on the voice.
        "escucha este artículo", "escuchar artículo", "escuchar este artículo",
        "audio generado con ia de google", "écouter cet article", "écouter l'article",
        "ouvir este artigo", "ouvir matéria", "artikel anhören", "artikel vorlesen",
        "ascolta l'articolo", "ascolta questo articolo", "posłuchaj artykułu",
        "слушать статью", "послушать статью", "voiced by amazon polly",
        "translate",  # a page's button to translate the story, over its title
        "s'abonner", "se connecter", "offrir cet article", "publicité",
        "compartir", "suscríbete", "publicidad", "iniciar sesión", "leer más",
        "compartilhar", "compartilhe", "assine", "publicidade",
        "voltar ao topo", "teilen", "anzeige", "abonnieren", "anmelden", "weiterlesen",
        "delen", "advertentie", "abonneren", "inloggen", "lees meer",
        "condividi", "pubblicità", "abbonati", "accedi",
        "bagikan", "iklan", "berlangganan", "chia sẻ", "quảng cáo",
        "tiếp tục cập nhật", "đang cập nhật",  # a live story's "updating", "more to come"
        "đăng nhập", "paylaş", "reklam", "abone ol", "giriş yap",
        "поделиться", "реклама", "подписаться", "войти", "공유", "광고",
        "구독", "로그인",
        # A Korean portal's widgets: the font-size sample ("this font size is set"), the
        # link out ("this opens the outlet's page"); sharing, scrapbook, print, font size,
        # likes and the link's copy under the story (comment counts: CHROME_HINTED_PATTERNS).
        "이 글자크기로 변경됩니다", "해당 언론사로 연결됩니다",
        "공유하기", "기사 공유하기", "스크랩", "인쇄", "인쇄하기", "글자크기", "좋아요",
        "기사저장", "url복사", "링크복사",
        "分享", "广告", "廣告", "订阅", "訂閱", "登录", "登入",
        # The lead-in to a press release's contacts, over them.
        "for more information", "for more information please contact",
        "for more information, please contact", "for further information",
        "for further information please contact", "media contact", "media contacts",
        # Menus' buttons.
        "show submenu", "hide submenu", "open submenu", "close submenu", "open menu",
        "close menu", "toggle navigation", "toggle menu", "main menu", "back to menu",
        # Sign-up forms' fields.
        "enter your email", "enter your email address", "enter email", "email address",
        "your email", "your email address", "type your email", "enter your e-mail",
        # Comment forms.
        "leave a reply", "leave a comment", "post a comment", "add a comment",
        "write a comment", "post comment", "submit comment", "comments", "reply",
        "cancel reply", "leave a reply cancel reply", "join the discussion",
        "your email address will not be published", "required fields are marked",
        "save my name, email, and website in this browser for the next time i comment",
        "save my name, email and website in this browser for the next time i comment",
        "notify me of follow-up comments by email", "notify me of new posts by email",
        "help us understand the problem", "what is going on with this comment",
        "report this comment", "report comment", "report abuse", "community rules",
        "community guidelines", "posting guidelines", "submitting",
        # Log-in and account forms.
        "username", "username or email", "username or email address", "password",
        "remember me", "forgot your password", "forgot password", "lost your password",
        "reset password", "submit", "cancel", "log out", "sign out", "logout",
        "create an account", "create account", "create a free account", "register now",
        "don't have an account", "already have an account", "already a subscriber",
        "already a member", "not a member", "not a member yet", "not a subscriber",
        "sign in anonymously", "subscribe to read",
        "subscribe to continue reading", "subscribers only", "open in app",
        "open in the app", "get the app", "download the app", "download our app",
        # Footers.
        "terms of use", "terms of service", "terms and conditions", "terms & conditions",
        "privacy policy", "privacy notice", "cookie policy", "cookies policy", "contact us",
        "about us", "sitemap", "site map", "advertise", "advertise with us",
        "legal statement", "your privacy choices", "affiliate disclosure",
        "ethics statement", "ethics policy", "editorial policy", "follow us",
        "do not sell my personal information", "do not sell or share my personal information",
        "ad choices", "adchoices", "rss", "newsletters",
        # Sharing ("Share on Facebook": see SOCIAL_NETWORKS) and reading links.
        "share via", "share on", "continue reading", "continue reading the main story",
        "continue reading below", "read the full article", "read the full story",
        "read full article", "read full story", "read the original article", "learn more",
        "you may also like", "you might also like", "popular stories",
        # Buy buttons, membership and donation appeals.
        "check price", "check best price", "check latest price", "check price on amazon",
        "buy now", "shop now", "view deal", "see deal", "get deal", "see price", "view price",
        "buy on amazon", "view on amazon", "see it on amazon", "donate", "donate now",
        "donate today", "give now", "support us", "support our journalism",
        "support our work", "join now", "join today", "join for free",
        # The discussion and photo-gallery widgets of a newspaper CMS that thousands of
        # local papers share, and its notes to the reader.
        "you have permission to edit this article", "welcome to the discussion",
        "your comment has been submitted", "thanks for contacting us",
        "we've received your submission", "copy article link", "get author rss feed",
        "previous image", "next image", "back to reading",
        # A Japanese page's ad mark ("[PR]"), a crawler's note that it found no body
        # ("本文なし"), the Chinese "more recommended news" and "see the original link".
        "pr", "本文なし", "更多新聞推薦", "更多新闻推荐", "看原文連結", "看原文链接",
        # French buttons and footer links: "see the comments", "I subscribe", the cookie
        # policy.
        "voir les commentaires", "je m'abonne", "politique relative aux cookies",
        "politique de cookies", "gestion des cookies",
        # Pagination and scripts.
        "previous", "next", "prev", "previous page", "next page", "previous post",
        "next post", "older posts", "newer posts", "load more", "show more",
        "loading", "tags", "filed under",
        # Reading aids and promotions between paragraphs, and lists of other stories.
        "story continues below advertisement", "article continues below advertisement",
        "article continues below", "story continues below", "story continues",
        "article continues", "skip advertisement", "sign in to manage your account",
        "sponsored links", "sponsored link", "add to favorites", "add to favourites",
        "load error",
        "log in to manage your profile and account",
        "share full article", "send any friend a story", "gift this article",
        "save article", "save for later", "view comments", "show comments", "hide comments",
        "play video", "watch now", "thumbnail",  # a video widget's button, a picture's alt text
        "sponsor message",  # an ad's marker between paragraphs
        "watch live", "top stories", "related topics", "editor's picks", "editors' picks",
        "you may like", "promoted stories", "around the web", "from our partners",
        "paid content", "newsletter sign-up", "please upgrade your browser",
        "we value your privacy", "manage preferences",
        # Feedback widgets and the banner of government sites.
        "was this article helpful", "was this page helpful", "was this story helpful",
        "was this helpful", "did you find this article helpful", "yes no", "thumbs up",
        "thumbs down", "here's how you know", "here’s how you know",
        "an official website of the united states government",
        "official websites use .gov", "secure .gov websites use https",
        # Video players and page scripts.
        "video ad feedback", "ad feedback", "report this ad", "now playing",
        "more videos", "example video title will go here for this video",
        "something went wrong",
        "please try again", "please try again later", "permalink", "posted in", "tagged",
        "tagged with",
    }
    | LIST_HEADINGS
    | {
        f"{verb} {preposition} {network}"
        for verb in ("share", "post", "share article", "share this article", "share story")
        for preposition in ("on", "to", "via", "with")
        for network in SOCIAL_NETWORKS
    }
    | {
        f"{verb} with {network}"
        for verb in ("sign in", "log in", "login", "sign up", "continue")
        for network in (*SOCIAL_NETWORKS, "google", "apple")
    }
    # Alone, only the names no article would use as a line of its own ("X", "Email").
    | set(SOCIAL_NETWORKS) - {"x", "email", "e-mail", "messenger", "sms"}
)  # fmt: skip

# Openings of notices that are chrome whatever follows, up to the length of a legal notice:
# cookie and consent banners run past the length of other chrome.
NOTICE_OPENINGS: tuple[str, ...] = (
    "we use cookies",
    "we and our partners use cookies",
    "we and our partners store",
    "this site uses cookies",
    "this website uses cookies",
    "our site uses cookies",
    "our website uses cookies",
    "by continuing to browse",
    "by continuing to use this site",
    "by continuing to use our",
    "by using this site",
    "by using this website",
    "by using our site",
    "by using our website",
    "this site is protected by recaptcha",
    # A site's disclaimer on its contributors' views ("Disclaimer: The views and investment
    # tips expressed by experts are their own ...").
    "disclaimer:",
)

# Openings of lines that are chrome whatever follows, within the length of chrome: labels
# of a tag list ("Tags: harbour, ferries") and the notices of pages that need scripts.
CHROME_LINE_OPENINGS: tuple[str, ...] = (
    # A page's breadcrumb trail: "You are here: Home » City » Pune", "Home / Mumbai / ...".
    "you are here:",
    "home / ",
    "home » ",
    "home > ",
    "home › ",
    "my saved articles",
    "tags:",
    "tagged:",
    "keywords:",
    "keywords :",
    "image urls",
    "(예시) ",  # a Korean portal's font-size widget: its sample text, "(example) ..."
    # A Vietnamese paper's masthead under every page: its editor-in-chief, deputies and
    # managing editor by name ("Tổng biên tập: ...").
    "tổng biên tập:",
    "phó tổng biên tập:",
    "tổng thư ký tòa soạn:",
    # A crawler's note where the picture would be ("Image: No image available").
    "image: no image",
    "images: no image",
    "photo: no image",
    "no image available",
    # Calls for tips and follows that close a story ("Story tips: desk@example.com").
    "story tips",
    "news tips",
    "got a news tip",
    "have a news tip",
    "send us a tip",
    "send us your tips",
    "find us on facebook",
    "find us on social media",
    "like us on facebook",
    # A podcast's players listed after the call ("Listen now and subscribe: Apple Podcasts |
    # Spotify | RSS Feed").
    "listen now and subscribe",
    "subscribe to the podcast",
    # A wire's or an aggregator's pointer to the whole story, and a press release's to its
    # media: "Read Full Article at Example.com", "Read or Share this story: https://...",
    # "View original content to download multimedia: https://...".
    "read full article at ",
    "read the full article at ",
    "read or share this story:",
    "view original content",
    "most read from ",
    # A newsletter's sign-up box: its promise, its thanks and its error.
    "get instant access to breaking news",
    "thank you for signing up to ",
    "there was a problem. please refresh the page",
    # A caption labelled as such on a page that prints it after its picture's credit
    # ("Image caption, Passengers queue at the quay"): not article text. Set aside whole,
    # since the credit may come before or after it.
    "image caption,",
    "image caption:",
    "media caption,",
    "media caption:",
    "video caption,",
    "video caption:",
    "tagged with:",
    "filed under:",
    "posted in:",
    "please enable javascript",
    "you need to enable javascript",
    "javascript is disabled",
    "javascript is required",
    # A video player that did not load.
    "this video can not be played",
    "this video cannot be played",
    # A crawler's note where it found no story ("Sorry, I could not find the article
    # content for this headline").
    "sorry, i could not find",
    "sorry, we could not find",
    "could not find the article",
    "could not retrieve the article",
    "failed to retrieve",
    "failed to fetch",
    "unable to retrieve",
    "unable to extract",
    "no content available",
    "article content not available",
)

# Words of which a row of share buttons is made ("Facebook Twitter Pinterest Email").
SHARE_BUTTON_WORDS: frozenset[str] = frozenset(
    {*SOCIAL_NETWORKS, "share", "print", "copy", "link", "tweet", "pin", "whatsapp"}
)

# Credit markers that end a photo caption ("... in Kyiv. REUTERS/Jane Doe"). NAME stands for
# a person's or agency's name (words, and initials like "B."); see parser/chrome.py.
CAPTION_CREDIT_PATTERNS: tuple[str, ...] = (
    r"(?:REUTERS|AP|AFP|EPA|GETTY|TASS|ANADOLU|XINHUA)/NAME(?:/NAME)*",
    r"\((?:NAME/)?(?:Getty Images|AP(?: Photo)?|AFP|Reuters|EPA|Shutterstock|FilmMagic"
    r"|NAME via Getty Images|NAME Photo)\)",
    # A wire's own form: "(AP Photo/Jane Doe)", "(AP Photo/Jane Doe, File)".
    r"\([A-Z]{2,6} Photo/NAME(?:, File)?\)",
    # A paper's photographer, or one on commission: "(Jane Doe/For The Harbour Post)".
    r"\(NAME/(?:[Ff]or )?[Tt]he [A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4}\)",
    # The Guardian's "Composite: Design desk; Jane Doe/Getty Images" names several.
    r"(?:Photograph(?:er)?|Photo|Image|Picture|Credit|Composite|Illustration)s?: NAME"
    r"(?:(?:/|; )NAME)*",
    r"NAME/(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|TASS)",
    # Chinese outlets' pages: the agency after a slash, closing the caption ("... /CFP").
    r"/(?:CFP|VCG|IC|CGTN|Xinhua|Reuters|AFP|AP|EPA|TASS|Kyodo|Yonhap|Getty Images)",
    # Brazilian pages: the photographer and outlet in capitals after a dash ("... - JANE
    # ROE/TV HARBOUR").
    r"- [A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,40}/[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9'’. -]{1,40}",
    # Indonesian pages: the outlet and photographer in capitals after the caption's full
    # stop, the outlet of two words or more ("... di Jakarta. WARTA HARIAN/JANE ROE").
    r"(?<=[.!?] )[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3}/[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}",
    r"NAME(?:—|–| - )Getty Images",
    # A business channel's form: "Jane Doe | Getty Images News | Getty Images".
    r"NAME(?: \| [A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,4}){0,2} \| Getty Images",
    # Chinese "photographed by": "张三 摄", "（新华社记者 张三 摄）", "张三、李四 摄".
    r"[（(]?(?:[\u4e00-\u9fff]{2,4}记者 ?)?"
    r"[\u4e00-\u9fff]{2,3}(?:[ 、][\u4e00-\u9fff]{2,3}){0,3} ?摄[）)]?",
    r"\[NAME/NAME\]",
    r"Source: NAME",  # see parser/chrome.py: only after a short caption
    # "(Credits: PTI)", "(Photo credit: Jane Doe/Example)", "Photo credit: Jane Doe"
    r"\((?:Photo |Image )?(?:Credit|Photo|Photograph|Image|Picture)s?(?: credits?)?: "
    r"NAME(?:/NAME)*\)",
    r"(?:Photo|Image) [Cc]redits?: NAME(?:/NAME)*",
    # The New York Times's label with no colon, after the caption's sentence: "... on
    # Monday. Credit Jane Doe/Harbour Images", "Credit...Jane Doe for The Times".
    r"(?<=[.!?] )Credit(?:\.\.\.|…| )"
    r"(?:NAME(?:/NAME)+|NAME for [Tt]he [A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4})",
    r"\| (?:Photo|Image) [Cc]redits?: NAME(?:/NAME)*",  # "... 2025. | Photo Credit: Jane Roe"
    # Other languages' labels: Vietnamese, German and others, Russian, French, Spanish;
    # a scraper may have dropped the space after the colon ("Ảnh:Gia Chính").
    r"(?:Ảnh|Foto|Bild|Фото|Crédit photo|Créditos?): ?NAME(?:/NAME)*",
    # Chinese "圖片來源：X" (picture source), Hebrew "(צילום: X)" (photograph).
    r"(?:圖片來源|图片来源|照片來源|照片来源)\s*[:：]\s*NAME(?:/NAME)*",
    r"\(צילום: ?NAME(?:/NAME)*\)",
    r"/?사진(?: ?제공)? ?= ?NAME",  # Korean: "사진=연합뉴스", "/사진 제공=Name"
    # Korean, after the caption's sentence: "/Outlet 제공" (provided by), "/연합뉴스" (not a
    # reporter's sign-off, "/홍길동기자").
    r"/?[가-힣][\w&]{0,15}(?: [가-힣][\w&]{0,15})? 제공",
    r"/[가-힣][\w&]{0,15}(?<!기자)(?<!특파원)",
)

# Credit lines that close a wire story ("Reporting by Jane Doe; Editing by John Roe",
# "Reporting from Kyiv"): role (lower case) -> whether the people it names are authors.
# Editors and contributors of "additional reporting" are credited, not authors.
CREDIT_LINE_ROLES: dict[str, bool] = {
    "reporting by": True,
    "writing by": True,
    "written by": True,
    "additional reporting by": False,
    "reporting from": False,
    "editing by": False,
    "edited by": False,
    "compiled by": False,
    "produced by": False,
    "graphics by": False,
    "fact-checking by": False,
}

# A lead paragraph that is a note from the editors, not the story ("Editor's note: ...").
EDITOR_NOTE_PREFIXES: tuple[str, ...] = (
    "editor's note:",
    "editor’s note:",
    "editors' note:",
    "editors’ note:",
    "editor's note -",
    "ed. note:",
    "note to readers:",
)
