"""Job-title words from a standard list of occupation titles, so that a title the hand-written role
lexicon lacks ("Paralegal", "Barista", "Dental Hygienist", "Claims Adjuster") is still read as one.

Source: the ~74,000 titles shipped by ``find-job-titles`` (MIT; compiled from US occupation
directories, O*NET and the Dictionary of Occupational Titles), read from its data file without
importing the package (which builds an Aho-Corasick automaton on import). A title's head word is the
last word before any comma ("Registered Nurse" -> "nurse", "Supervisor, Labor Gang" -> "supervisor");
a head word counts when it is an agent noun ("-er", "-or", "-ist", "-ian", "-ant"...) that at least
:data:`MIN_TITLES` titles end in, except the words of :data:`_NOT_HEADS` (surnames and things that
end titles in the list but end organisations' names as often: "Baker", "Printer", "Control"), or one of
the person nouns of :data:`_ROLE_NOUNS` ("Paralegal", "Chef", "Nanny"); field words that end titles
("Science", "Nursing", "Services") never count.
"""

from __future__ import annotations

import gzip
import importlib.util
import logging
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

logger = logging.getLogger(__name__)

MIN_TITLES = 4
_NOT_HEADS = frozenset(re.findall(r"\S+", (
    "man hand person former tender roller runner turner miller baker fisher porter sawyer weaver farmer cook dyer "
    "judge carpenter mason marker printer folder monitor model player reader host mate guide buffer liner tier "
    "services service marketing sales management development operations care education health media systems "
    "office pharmacy works lab center centre school college university hospital professional expert boss "
    "binder caster spinner breaker changer blocker charger selector clipper edger stacker pusher drier setter "
    "filler cutter feeder mixer grinder washer sorter packer loader winder polisher puller sewer layer presser "
    "picker carrier stitcher sprayer sander stripper engraver driller erector weigher fixer grower blender dipper "
    "coverer coater hanger attacher pumper wirer burner inserter wrapper cementer straightener unloader rider "
    "splitter bender plater gauger firer remover patcher catcher applicator mender blower sealer puncher oiler "
    "ironer baster dresser treater sampler curer shaper carver knitter joiner offbearer mounter trimmer molder "
    "finisher assembler maker keeper chief head principal general bank store company shop "
    "restaurant provider distributor partner member chair control computer "
    "generator calculator compressor connector counter header holder over mother parker hunter cooper booker "
    "boiler bumper chopper cooler dryer drawer finder giver lather poster pointer receiver recorder killer "
    "business department equipment improvement placement talent parent employee hooker banker anchor "
    "conditioner converter dispenser extractor opener planer planter racer ranger"
)))

# Head words that are not agent nouns ("-er", "-ist", "-ian"...) but name a person's job.
_ROLE_NOUNS = frozenset(re.findall(r"\S+", (
    "advocate aide apprentice associate attorney bailiff blacksmith cadet chaplain chauffeur chef clerk coach "
    "concierge counsel dean deckhand deputy fellow foreman guard handyman intern lifeguard liaison locksmith "
    "magistrate maid marshal mechanic medic midwife millwright nanny nurse orderly paralegal paramedic "
    "paraprofessional pilot registrar rep salesman salesperson sheriff steward tech umpire warden athlete cna "
    "lpn lvn dba craftsman draftsman journeyman lineman repairman seaman serviceman barista master captain scholar"
)))

_AGENT_RE = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|ive|ary|ect|ess|eon)$")


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("find_job_titles")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "titles_combined.txt.gz"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    """(lower-cased whole titles, lower-cased head words); empty when the list is not installed."""
    path = _data_file()
    if path is None:
        logger.warning("find-job-titles is not installed; job titles are told by the role lexicon alone")
        return frozenset(), frozenset()
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            titles = [t.strip() for t in handle if t.strip()]
    except OSError:
        logger.exception("could not read the job-title list")
        return frozenset(), frozenset()
    heads: Counter[str] = Counter()
    for title in titles:
        words = re.findall(r"[A-Za-z][A-Za-z'-]*", title.split(",")[0])
        if words:
            heads[words[-1].lower()] += 1
    good = frozenset(h for h, n in heads.items() if h in _ROLE_NOUNS or (
        n >= MIN_TITLES and h not in _NOT_HEADS and len(h) > 2 and _AGENT_RE.search(h)))
    return frozenset(t.lower() for t in titles if "," not in t), good


def title_head(word: str) -> bool:
    """Whether ``word`` heads job titles in the standard list ("paralegal", "hygienist", "barista")."""
    return word.lower() in _titles()[1]


def known_title(part: str) -> bool:
    """Whether ``part`` is, as a whole, a title of the standard list ("Barista", "Registered Nurse")."""
    return re.sub(r"\s+", " ", part.strip()).lower() in _titles()[0]
