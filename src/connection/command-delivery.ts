import { DataResource, DefaultTokenResolver, StringConcat, Tokenization } from 'cdktf';
import { CommandCredentialDeliveryOptions } from './delivery-options';
import { BoundDelivery, DeliveryTarget } from './delivery-target';
import { constructError } from '../private/errors';
import { formatProblem, Problem } from '../rules';


/**
 * Delivers with a `terraform_data` resource whose `local-exec` provisioner runs the command. It is
 * replaced, and the command runs again, whenever the key's id (so the credential), the setting
 * name or the command changes (`triggers_replace`).
 */
export function bindCommandDelivery(target: DeliveryTarget, options: CommandCredentialDeliveryOptions): BoundDelivery {
  const path = target.scope.node.path;
  const command = options.command;
  if (typeof command !== 'string' || command.trim() === '') {
    throw constructError(path, 'credentialDelivery.command', 'must be a non-empty command', 'give the command that writes the credential into every node\'s keystore');
  }
  const variable = options.environmentVariable ?? DEFAULT_VARIABLE;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
    throw constructError(path, 'credentialDelivery.environmentVariable', `${JSON.stringify(variable)} is not an environment variable name`, 'use letters, digits and "_", not starting with a digit, e.g. "REMOTE_CLUSTER_CREDENTIAL"');
  }
  target.scope.node.addValidation({ validate: () => credentialInCommand(target, options).map(formatProblem) });
  const resource = new DataResource(target.scope, 'CredentialDelivery', {
    triggersReplace: { key_id: target.keyId, setting: target.settingName, command },
    provisioners: [{
      type: 'local-exec',
      command,
      interpreter: options.interpreter,
      workingDir: options.workingDir,
      environment: {
        ...(options.environment ?? {}),
        REMOTE_CLUSTER_SETTING: target.settingName,
        REMOTE_CLUSTER_ALIAS: target.alias,
        [variable]: target.credential,
      },
    }],
  });
  return { resources: [resource] };
}

const DEFAULT_VARIABLE = 'REMOTE_CLUSTER_CREDENTIAL';

/**
 * The command (and its extra environment) must not contain the key's `encoded` or `api_key` in
 * any form (the connection's `credential`, the key's attributes, a string around them): checked
 * on the resolved Terraform expressions at synth, so it also catches wrapped references.
 */
function credentialInCommand(target: DeliveryTarget, options: CommandCredentialDeliveryOptions): Problem[] {
  const references = target.secretReferences();
  const resolver = new DefaultTokenResolver(new StringConcat());
  const leaks = (value: unknown) => {
    const text = JSON.stringify(Tokenization.resolve(value, { scope: target.scope, resolver, preparing: false }));
    return references.some((r) => text.includes(r));
  };
  const variable = options.environmentVariable ?? DEFAULT_VARIABLE;
  const problems: Problem[] = [];
  if (leaks(options.command)) {
    problems.push({
      prop: 'credentialDelivery.command',
      message: 'contains the credential (the key\'s encoded value or api_key); it would appear on the command line, in process listings and in Terraform\'s output',
      fix: `read it from the environment variable instead: "$${variable}" in the command`,
    });
  }
  if (leaks(options.environment ?? {})) {
    problems.push({
      prop: 'credentialDelivery.environment',
      message: 'contains the credential; the connection passes it itself',
      fix: `remove it, and read "$${variable}" in the command`,
    });
  }
  return problems;
}
