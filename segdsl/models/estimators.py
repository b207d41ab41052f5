"""Building the one pipeline shape every model kind uses.

Preprocessing is identical for all kinds (imputation, scaling, one-hot) so that the native
compiler only has to understand one layout, and so models of different kinds are comparable.
"""

from __future__ import annotations

from sklearn.base import BaseEstimator
from sklearn.cluster import KMeans
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import (GradientBoostingClassifier, GradientBoostingRegressor, RandomForestClassifier,
                              RandomForestRegressor)
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

from segdsl.models.params import translate_params

# Missing text becomes its own category: "unknown country" is often informative in itself.
MISSING_CATEGORY = "(missing)"
# Defaults that differ from scikit-learn's: enough iterations for lbfgs to converge on real data,
# and several k-means starts so the result does not hinge on one initialisation.
_DEFAULTS: dict[str, dict[str, object]] = {"logistic_regression": {"max_iter": 1000}, "kmeans": {"n_init": 10}}
_ESTIMATORS: dict[str, type[BaseEstimator]] = {
    "logistic_regression": LogisticRegression,
    "decision_tree": DecisionTreeClassifier,
    "random_forest": RandomForestClassifier,
    "gradient_boosting": GradientBoostingClassifier,
    "kmeans": KMeans,
    "ridge_regression": Ridge,
    "decision_tree_regression": DecisionTreeRegressor,
    "random_forest_regression": RandomForestRegressor,
    "gradient_boosting_regression": GradientBoostingRegressor,
}


def build_pipeline(kind: str, numeric: list[str], categorical: list[str], params: dict[str, object],
                   seed: int) -> Pipeline:
    """Unfitted preprocessing + estimator; raises DiagnosticError E404 for an unknown kind or param.

    Numeric features (numbers and booleans, as Float64) get the training median for missing
    values (null or NaN) and are standardised; text features get "(missing)" for nulls and are
    one-hot encoded, categories unseen in training encoding as all zeros.
    """
    settings = {**_DEFAULTS.get(kind, {}), **translate_params(kind, params), "random_state": seed}
    estimator = _ESTIMATORS[kind](**settings)
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
