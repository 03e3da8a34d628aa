/**
 * Progress bodies: DCS (`progress`, `remain_time`, `step_details[{step_name, step_status, begin_time,
 * end_time}]`) and DMS (`progress_percentage`, `remain_time`, `step_list[{name, statue, start_time,
 * end_time}]`, `statue` being the API's own spelling). Step times come as text or epoch-ms numbers.
 */
import { readNumberLike, readObjects, readString, type JsonObject } from './parse';
import { parseCloudTime } from './time';
import type { TaskProgress } from './types';

interface ProgressFields {
  readonly percent: string;
  readonly steps: string;
  readonly name: string;
  readonly status: string;
  readonly start: string;
  readonly end: string;
}

const DCS: ProgressFields = {
  percent: 'progress',
  steps: 'step_details',
  name: 'step_name',
  status: 'step_status',
  start: 'begin_time',
  end: 'end_time',
};

const DMS: ProgressFields = {
  percent: 'progress_percentage',
  steps: 'step_list',
  name: 'name',
  status: 'statue',
  start: 'start_time',
  end: 'end_time',
};

function readProgress(body: JsonObject, f: ProgressFields): TaskProgress {
  return {
    percent: readNumberLike(body, f.percent, { optional: true }),
    remainingSeconds: readNumberLike(body, 'remain_time', { optional: true }),
    steps: readObjects(
      body,
      f.steps,
      (step, at) => ({
        name: readString(step, f.name, { optional: true, at }) ?? '',
        status: readString(step, f.status, { optional: true, at }) ?? '',
        start: parseCloudTime(step[f.start]),
        end: parseCloudTime(step[f.end]),
      }),
      { optional: true },
    ),
    raw: body,
  };
}

export const readDcsProgress = (body: JsonObject): TaskProgress => readProgress(body, DCS);
export const readDmsProgress = (body: JsonObject): TaskProgress => readProgress(body, DMS);
