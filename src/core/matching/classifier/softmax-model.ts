import { TUNING } from '../tuning.js';

/** A trained softmax regression over TF-IDF features: everything needed to score a text, and to cache. */
export interface SoftmaxModel {
  /** Class labels (section ids), in weight-row order. */
  classes: string[];
  /** Feature key → column. */
  features: Map<string, number>;
  /** Inverse document frequency per column. */
  idf: Float32Array;
  /** classes × features, row-major, then one bias per class. */
  weights: Float32Array;
}

/** One training text: its feature keys and the index of its class. */
export interface Example {
  keys: string[];
  label: number;
}

/** A sparse, L2-normalised TF-IDF vector: parallel column and value arrays. */
interface Vector {
  columns: number[];
  values: number[];
}

/** TF-IDF over the model's known features; unknown features are dropped. */
export function vectorize(model: Pick<SoftmaxModel, 'features' | 'idf'>, keys: readonly string[]): Vector {
  const counts = new Map<number, number>();
  for (const key of keys) {
    const column = model.features.get(key);
    if (column !== undefined) counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  const columns: number[] = [];
  const values: number[] = [];
  let squares = 0;
  for (const [column, count] of counts) {
    const value = (1 + Math.log(count)) * model.idf[column]!;
    columns.push(column);
    values.push(value);
    squares += value * value;
  }
  const norm = Math.sqrt(squares) || 1;
  for (let i = 0; i < values.length; i++) values[i]! /= norm;
  return { columns, values };
}

/** Class probabilities for a text's feature keys. */
export function predict(model: SoftmaxModel, keys: readonly string[]): Float64Array {
  return probabilities(model, vectorize(model, keys));
}

function probabilities(model: SoftmaxModel, vector: Vector): Float64Array {
  const classCount = model.classes.length;
  const featureCount = model.features.size;
  const bias = classCount * featureCount;
  const logits = new Float64Array(classCount);
  for (let k = 0; k < classCount; k++) {
    let sum = model.weights[bias + k]!;
    const row = k * featureCount;
    for (let i = 0; i < vector.columns.length; i++)
      sum += model.weights[row + vector.columns[i]!]! * vector.values[i]!;
    logits[k] = sum;
  }
  const max = Math.max(...logits);
  let total = 0;
  for (let k = 0; k < classCount; k++) {
    logits[k] = Math.exp(logits[k]! - max);
    total += logits[k]!;
  }
  for (let k = 0; k < classCount; k++) logits[k]! /= total;
  return logits;
}

/**
 * Trains by stochastic gradient descent on the cross-entropy loss, examples in the order given (the caller
 * orders them so that the same content always gives the same model), with L2 weight decay once per pass.
 */
export function train(classes: string[], examples: readonly Example[]): SoftmaxModel {
  const { epochs, learningRate, l2 } = TUNING.classifier;
  const features = new Map<string, number>();
  const documentFrequency: number[] = [];
  for (const { keys } of examples) {
    for (const key of new Set(keys)) {
      let column = features.get(key);
      if (column === undefined) {
        column = features.size;
        features.set(key, column);
        documentFrequency.push(0);
      }
      documentFrequency[column]! += 1;
    }
  }
  const idf = Float32Array.from(documentFrequency, (df) => Math.log((1 + examples.length) / (1 + df)) + 1);
  const model: SoftmaxModel = {
    classes,
    features,
    idf,
    weights: new Float32Array(classes.length * features.size + classes.length),
  };
  const vectors = examples.map((example) => vectorize(model, example.keys));
  const bias = classes.length * features.size;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = learningRate / (1 + epoch * 0.1);
    for (let at = 0; at < examples.length; at++) {
      const vector = vectors[at]!;
      const p = probabilities(model, vector);
      for (let k = 0; k < classes.length; k++) {
        const gradient = p[k]! - (k === examples[at]!.label ? 1 : 0);
        if (Math.abs(gradient) < 1e-6) continue;
        const row = k * features.size;
        for (let i = 0; i < vector.columns.length; i++)
          model.weights[row + vector.columns[i]!]! -= rate * gradient * vector.values[i]!;
        model.weights[bias + k]! -= rate * gradient;
      }
    }
    const decay = 1 - rate * l2 * examples.length;
    for (let i = 0; i < bias; i++) model.weights[i]! *= decay;
  }
  return model;
}
