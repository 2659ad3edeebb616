"""The interview shows a model's human label, not its internal id (issue 17, point 6)."""

from core.coach import MODEL_NAME
from core.models.registry import model_label


def test_labels():
    assert model_label(MODEL_NAME) == "Offline coach"
    assert model_label("gemini-2.5-flash") == "Gemini 2.5 Flash"
    assert model_label("gpt-4o-mini") == "GPT-4o Mini"
    assert model_label("meta-llama/llama-3.1-8b-instruct") == "Llama 3.1 8b Instruct"
    assert model_label("qwen2.5:7b") == "Qwen2.5 7b"
    assert model_label(None) == "unknown model"
