"""Building the one pipeline shape every model kind uses.

Preprocessing is identical for all kinds (imputation, scaling, one-hot) so that the native
compiler only has to understand one layout, and so models of different kinds are comparable.
"""

from __future__ import annotations

from sklearn.base import BaseEstimator
from sklearn.cluster import KMeans
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.tree import DecisionTreeClassifier

from segdsl.diagnostics import Diagnostic, DiagnosticError

# Missing text becomes its own category: "unknown country" is often informative in itself.
MISSING_CATEGORY = "(missing)"
KMEANS_N_INIT = 10

# Language-level parameter name -> scikit-learn name. Anything else is refused, so a typo never
# silently trains a different model than the one declared.
ALLOWED_PARAMS: dict[str, dict[str, str]] = {
    "logistic_regression": {"C": "C", "max_iter": "max_iter", "tol": "tol", "class_weight": "class_weight"},
    "decision_tree": {p: p for p in ("max_depth", "min_samples_leaf", "min_samples_split", "max_leaf_nodes",
                                     "criterion", "class_weight")},
    "random_forest": {p: p for p in ("n_estimators", "max_depth", "min_samples_leaf", "min_samples_split",
                                     "max_features", "max_leaf_nodes", "class_weight")},
    "gradient_boosting": {p: p for p in ("n_estimators", "learning_rate", "max_depth", "subsample",
                                         "min_samples_leaf", "max_leaf_nodes")},
    "kmeans": {"k": "n_clusters", "max_iter": "max_iter", "tol": "tol"},
}


def _estimator(kind: str, params: dict[str, object], seed: int) -> BaseEstimator:
    if kind == "logistic_regression":
        return LogisticRegression(random_state=seed, **{"max_iter": 1000, **params})
    if kind == "decision_tree":
        return DecisionTreeClassifier(random_state=seed, **params)
    if kind == "random_forest":
        return RandomForestClassifier(random_state=seed, **params)
    if kind == "gradient_boosting":
        return GradientBoostingClassifier(random_state=seed, **params)
    return KMeans(random_state=seed, n_init=KMEANS_N_INIT, **params)


def translate_params(kind: str, params: dict[str, object]) -> dict[str, object]:
    """Map declared params to scikit-learn names, refusing unknown ones with E404."""
    if kind not in ALLOWED_PARAMS:
        raise DiagnosticError([Diagnostic("E404", f"unknown model kind `{kind}`",
                                          hints=(f"use one of {', '.join(ALLOWED_PARAMS)}",))])
    allowed = ALLOWED_PARAMS[kind]
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        raise DiagnosticError([Diagnostic(
            "E404", f"{kind} does not take parameter(s) {', '.join(f'`{p}`' for p in unknown)}",
            hints=(f"allowed: {', '.join(sorted(allowed))}",))])
    return {allowed[name]: value for name, value in params.items()}


def build_pipeline(kind: str, numeric: list[str], categorical: list[str], params: dict[str, object],
                   seed: int) -> Pipeline:
    """Preprocessing + estimator for `kind`; numeric and categorical are feature column names."""
    estimator = _estimator(kind, translate_params(kind, params), seed)
    transformers = []
    if numeric:
        transformers.append(("numeric", Pipeline([("impute", SimpleImputer(strategy="median")),
                                                  ("scale", StandardScaler())]), list(numeric)))
    if categorical:
        transformers.append(("categorical", Pipeline([
            ("impute", SimpleImputer(strategy="constant", fill_value=MISSING_CATEGORY, missing_values=None)),
            ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
        ]), list(categorical)))
    return Pipeline([("features", ColumnTransformer(transformers, remainder="drop")), ("model", estimator)])
