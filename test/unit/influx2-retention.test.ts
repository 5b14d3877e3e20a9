import { describe, expect, it } from 'vitest';
import { databaseOfBucket, durationSeconds, durationText, goDuration, requireSingleReplica, retentionPolicyBucket } from '../../src/query/influx2/retention.js';

describe('retention policies as InfluxDB 2.x buckets', () => {
  it('turns durations into a bucket retention in seconds, INF into 0', () => {
    expect(durationSeconds('7d', 'duration')).toBe(604_800);
    expect(durationSeconds('1h30m', 'duration')).toBe(5_400);
    expect(durationSeconds('2w', 'duration')).toBe(1_209_600);
    expect(durationSeconds('INF', 'duration')).toBe(0);
    expect(durationSeconds('inf', 'duration')).toBe(0);
  });

  it('refuses what is not a duration, and sub-second parts, naming the field', () => {
    expect(() => durationSeconds('7 days', 'retentionPolicy.duration')).toThrow(/^retentionPolicy\.duration: not a duration/);
    expect(() => durationSeconds('1500ms', 'shardDuration')).toThrow(/^shardDuration: InfluxDB 2.x counts retention in whole seconds/);
  });

  it('shows retention seconds as InfluxDB 1.x shows durations, 0 as INF', () => {
    expect(durationText(0)).toBe('INF');
    expect(durationText(604_800)).toBe('168h0m0s');
    expect(durationText(5_401)).toBe('1h30m1s');
    expect(goDuration(0)).toBe('0s');
    expect(goDuration(86_400)).toBe('24h0m0s');
  });

  it('reads back every retention it shows', () => {
    for (const seconds of [1, 59, 60, 3_599, 3_600, 86_399, 604_800, 31_536_000]) expect(durationSeconds(durationText(seconds), 'duration')).toBe(seconds);
  });

  it("names a retention policy's bucket db/rp, as InfluxDB's v1 migration does, and reads it back", () => {
    expect(retentionPolicyBucket('telegraf', 'week')).toBe('telegraf/week');
    expect(databaseOfBucket('telegraf/week')).toBe('telegraf');
    expect(databaseOfBucket('telegraf')).toBe('telegraf');
  });

  it('accepts one replica only', () => {
    expect(() => requireSingleReplica(undefined, 'replication')).not.toThrow();
    expect(() => requireSingleReplica(1, 'replication')).not.toThrow();
    expect(() => requireSingleReplica(3, 'retentionPolicy.replication')).toThrow(/^retentionPolicy\.replication: InfluxDB 2.x keeps one copy/);
  });
});
