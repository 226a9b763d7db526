import type * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';

const TO_OBJECT: protobuf.IConversionOptions = { longs: Number, enums: String, oneofs: false, defaults: false };

/**
 * A grpc-js service definition straight from a protobufjs descriptor: each method (de)serializes
 * with the message types' generated codecs, converting to and from plain objects.
 */
export function serviceDefinition(root: protobuf.Root, serviceName: string): grpc.ServiceDefinition {
  const svc = root.lookupService(serviceName);
  const def: Record<string, grpc.MethodDefinition<object, object>> = {};
  for (const method of svc.methodsArray) {
    method.resolve();
    const req = method.resolvedRequestType!;
    const res = method.resolvedResponseType!;
    def[method.name] = {
      path: `/${serviceName}/${method.name}`,
      requestStream: !!method.requestStream,
      responseStream: !!method.responseStream,
      requestSerialize: (o: object) => Buffer.from(req.encode(req.fromObject(o)).finish()),
      requestDeserialize: (b: Buffer) => req.toObject(req.decode(b), TO_OBJECT),
      responseSerialize: (o: object) => Buffer.from(res.encode(res.fromObject(o)).finish()),
      responseDeserialize: (b: Buffer) => res.toObject(res.decode(b), TO_OBJECT),
      originalName: method.name,
    };
  }
  return def as grpc.ServiceDefinition;
}
