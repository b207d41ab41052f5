"""The parameters each model kind accepts, checked without importing scikit-learn.

Apart from `estimators` so that `segdsl validate` can refuse a misspelt parameter in CI while
staying fast: a typo must never silently train a different model than the one declared.
"""

from __future__ import annotations

from collections.abc import Mapping

from segdsl.diagnostics import Diagnostic, DiagnosticError, suggest

# Language-level parameter name -> scikit-learn name. Anything else is refused.
ALLOWED_PARAMS: dict[str, dict[str, str]] = {
    "logistic_regression": {"C": "C", "max_iter": "max_iter", "tol": "tol", "class_weight": "class_weight"},
    "decision_tree": {p: p for p in ("max_depth", "min_samples_leaf", "min_samples_split", "max_leaf_nodes",
                                     "criterion", "class_weight")},
    "random_forest": {p: p for p in ("n_estimators", "max_depth", "min_samples_leaf", "min_samples_split",
                                     "max_features", "max_leaf_nodes", "class_weight")},
    "gradient_boosting": {p: p for p in ("n_estimators", "learning_rate", "max_depth", "subsample",
                                         "min_samples_leaf", "max_leaf_nodes")},
    "kmeans": {"k": "n_clusters", "max_iter": "max_iter", "tol": "tol"},
    # Regression: the same knobs as the classifiers, less class weights; `alpha` is Ridge's L2 penalty.
    "ridge_regression": {"alpha": "alpha", "tol": "tol", "max_iter": "max_iter"},
    "decision_tree_regression": {p: p for p in ("max_depth", "min_samples_leaf", "min_samples_split",
                                                "max_leaf_nodes", "criterion")},
    "random_forest_regression": {p: p for p in ("n_estimators", "max_depth", "min_samples_leaf",
                                                "min_samples_split", "max_features", "max_leaf_nodes")},
    "gradient_boosting_regression": {p: p for p in ("n_estimators", "learning_rate", "max_depth", "subsample",
                                                    "min_samples_leaf", "max_leaf_nodes", "loss")},
}


def translate_params(kind: str, params: Mapping[str, object]) -> dict[str, object]:
    """Declared params renamed for scikit-learn; E404 for an unknown kind, or unknown params (listing the allowed)."""
    if kind not in ALLOWED_PARAMS:
        raise DiagnosticError([Diagnostic("E404", f"unknown model kind `{kind}`",
                                          hints=(f"use one of {', '.join(ALLOWED_PARAMS)}",))])
    allowed = ALLOWED_PARAMS[kind]
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        guesses = [g for p in unknown for g in suggest(p, allowed)]
        hints = (f"allowed: {', '.join(sorted(allowed))}",) + ((f"did you mean `{guesses[0]}`?",) if guesses else ())
        raise DiagnosticError([Diagnostic(
            "E404", f"{kind} does not take parameter(s) {', '.join(f'`{p}`' for p in unknown)}", hints=hints)])
    return {allowed[name]: value for name, value in params.items()}
