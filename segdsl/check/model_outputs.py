"""The type of `score(...)`, `predict(...)` and `cluster(...)`: it follows from the model's kind and
label, so a misuse is caught by `validate`, and a multi-class `score(model, "web")` names a class
the model was trained on (read from the model's JSON sidecar when it exists: no scikit-learn).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl import ast
from segdsl.diagnostics import suggest
from segdsl.models import CLASSIFIER_KINDS, REGRESSION_KINDS
from segdsl.models.sidecar import trained_classes
from segdsl.types import Type

if TYPE_CHECKING:
    from segdsl.check.expressions import ExpressionChecker


def model_output_type(checker: ExpressionChecker, node: ast.Call, model: ast.ModelDecl,
                      label: Type | None) -> tuple[Type, str | None]:
    """(type of the call, class of a multi-class score); Type.UNKNOWN after reporting a problem."""
    output, kind, name = node.name, model.kind, model.name

    def wrong(message: str, hint: str) -> tuple[Type, None]:
        checker.error("E407", message, node.span, hints=(hint,))
        return Type.UNKNOWN, None

    if kind == "kmeans":
        if output != "cluster":
            return wrong(f"`{output}({name})`: `{name}` is a k-means model, which gives clusters",
                         f"write cluster({name})")
        return Type.NUMBER, None
    if output == "cluster":
        return wrong(f"`cluster({name})`: `{name}` is {kind}, not a clustering model",
                     f"write predict({name})" + ({Type.BOOLEAN: f" or score({name})",
                                                  Type.STRING: f' or score({name}, "class")'}.get(label, "")
                                                 if kind in CLASSIFIER_KINDS else ""))
    if kind in REGRESSION_KINDS:
        if output == "score":
            return wrong(f"`score({name})`: `{name}` is a regression; it predicts a number, not a probability",
                         f"write predict({name})")
        return Type.NUMBER, None
    if kind not in CLASSIFIER_KINDS or label not in (Type.BOOLEAN, Type.STRING):
        return Type.UNKNOWN, None  # the declaration's own problem is reported there
    if output == "predict":
        return label, None
    if label == Type.BOOLEAN:
        if len(node.args) == 2:
            return wrong(f"`{name}` has a true/false label: score({name}) is the probability of true",
                         f"write score({name})")
        return Type.NUMBER, None
    if len(node.args) != 2 or not isinstance(node.args[1], ast.String):
        return wrong(f"`{name}` predicts one of several classes: name the class whose probability you want",
                     f'e.g. score({name}, "web"); predict({name}) gives the most likely class')
    target = node.args[1]
    classes = trained_classes(model.span.source.directory / (model.file or ""))
    if classes is not None and target.value not in classes:
        guess = suggest(target.value, classes)
        checker.error("E406", f"model `{name}` was trained on no class `{target.value}`", target.span,
                      note=f"did you mean `{guess[0]}`?" if guess else None,
                      hints=(f"classes seen at training: {', '.join(classes)}",))
        return Type.UNKNOWN, None
    return Type.NUMBER, target.value
