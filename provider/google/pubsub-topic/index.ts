// https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface PubsubTopicConfig extends cdktn.TerraformMetaArguments {
  /**
  * Whether Terraform will be prevented from destroying the instance. Defaults to "DELETE".
  * When a 'terraform destroy' or 'terraform apply' would delete the instance,
  * the command will fail if this field is set to "PREVENT" in Terraform state.
  * When set to "ABANDON", the command will remove the resource from Terraform
  * management without updating or deleting the resource in the API.
  * When set to "DELETE", deleting the resource is allowed.
  * 
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#deletion_policy PubsubTopic#deletion_policy}
  */
  readonly deletionPolicy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#id PubsubTopic#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * The resource name of the Cloud KMS CryptoKey to be used to protect access
  * to messages published on this topic. Your project's PubSub service account
  * ('service-{{PROJECT_NUMBER}}@gcp-sa-pubsub.iam.gserviceaccount.com') must have
  * 'roles/cloudkms.cryptoKeyEncrypterDecrypter' to use this feature.
  * The expected format is 'projects/* /locations/* /keyRings/* /cryptoKeys/*'
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#kms_key_name PubsubTopic#kms_key_name}
   *
  * Note: The above comment contained a comment block ending sequence (* followed by /). We have introduced a space between to prevent syntax errors. Please ignore the space.
  */
  readonly kmsKeyName?: string;
  /**
  * A set of key/value label pairs to assign to this Topic.
  * 
  * 
  * **Note**: This field is non-authoritative, and will only manage the labels present in your configuration.
  * Please refer to the field 'effective_labels' for all of the labels present on the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#labels PubsubTopic#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * Indicates the minimum duration to retain a message after it is published
  * to the topic. If this field is set, messages published to the topic in
  * the last messageRetentionDuration are always available to subscribers.
  * For instance, it allows any attached subscription to seek to a timestamp
  * that is up to messageRetentionDuration in the past. If this field is not
  * set, message retention is controlled by settings on individual subscriptions.
  * The rotation period has the format of a decimal number, followed by the
  * letter 's' (seconds). Cannot be more than 31 days or less than 10 minutes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#message_retention_duration PubsubTopic#message_retention_duration}
  */
  readonly messageRetentionDuration?: string;
  /**
  * Name of the topic.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#name PubsubTopic#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#project PubsubTopic#project}
  */
  readonly project?: string;
  /**
  * Input only. Resource manager tags to be bound to the topic. Tag keys and
  * values have the same definition as resource manager tags. Keys must be in
  * the format tagKeys/{tag_key_id}, and values are in the format
  * tagValues/456. The field is ignored when empty. The field is immutable and
  * causes resource replacement when mutated. This field is only set at create
  * time and modifying this field after creation will trigger recreation. To
  * apply tags to an existing resource, see the 'google_tags_tag_value'
  * resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#tags PubsubTopic#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * ingestion_data_source_settings block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#ingestion_data_source_settings PubsubTopic#ingestion_data_source_settings}
  */
  readonly ingestionDataSourceSettings?: PubsubTopicIngestionDataSourceSettings;
  /**
  * message_storage_policy block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#message_storage_policy PubsubTopic#message_storage_policy}
  */
  readonly messageStoragePolicy?: PubsubTopicMessageStoragePolicy;
  /**
  * message_transforms block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#message_transforms PubsubTopic#message_transforms}
  */
  readonly messageTransforms?: PubsubTopicMessageTransforms[] | cdktn.IResolvable;
  /**
  * schema_settings block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#schema_settings PubsubTopic#schema_settings}
  */
  readonly schemaSettings?: PubsubTopicSchemaSettings;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#timeouts PubsubTopic#timeouts}
  */
  readonly timeouts?: PubsubTopicTimeouts;
}
export interface PubsubTopicIngestionDataSourceSettingsAwsKinesis {
  /**
  * AWS role ARN to be used for Federated Identity authentication with
  * Kinesis. Check the Pub/Sub docs for how to set up this role and the
  * required permissions that need to be attached to it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#aws_role_arn PubsubTopic#aws_role_arn}
  */
  readonly awsRoleArn: string;
  /**
  * The Kinesis consumer ARN to used for ingestion in
  * Enhanced Fan-Out mode. The consumer must be already
  * created and ready to be used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#consumer_arn PubsubTopic#consumer_arn}
  */
  readonly consumerArn: string;
  /**
  * The GCP service account to be used for Federated Identity authentication
  * with Kinesis (via a 'AssumeRoleWithWebIdentity' call for the provided
  * role). The 'awsRoleArn' must be set up with 'accounts.google.com:sub'
  * equals to this service account number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#gcp_service_account PubsubTopic#gcp_service_account}
  */
  readonly gcpServiceAccount: string;
  /**
  * The Kinesis stream ARN to ingest data from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#stream_arn PubsubTopic#stream_arn}
  */
  readonly streamArn: string;
}

export function pubsubTopicIngestionDataSourceSettingsAwsKinesisToTerraform(struct?: PubsubTopicIngestionDataSourceSettingsAwsKinesisOutputReference | PubsubTopicIngestionDataSourceSettingsAwsKinesis): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    aws_role_arn: cdktn.stringToTerraform(struct!.awsRoleArn),
    consumer_arn: cdktn.stringToTerraform(struct!.consumerArn),
    gcp_service_account: cdktn.stringToTerraform(struct!.gcpServiceAccount),
    stream_arn: cdktn.stringToTerraform(struct!.streamArn),
  }
}


export function pubsubTopicIngestionDataSourceSettingsAwsKinesisToHclTerraform(struct?: PubsubTopicIngestionDataSourceSettingsAwsKinesisOutputReference | PubsubTopicIngestionDataSourceSettingsAwsKinesis): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    aws_role_arn: {
      value: cdktn.stringToHclTerraform(struct!.awsRoleArn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    consumer_arn: {
      value: cdktn.stringToHclTerraform(struct!.consumerArn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    gcp_service_account: {
      value: cdktn.stringToHclTerraform(struct!.gcpServiceAccount),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    stream_arn: {
      value: cdktn.stringToHclTerraform(struct!.streamArn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicIngestionDataSourceSettingsAwsKinesisOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicIngestionDataSourceSettingsAwsKinesis | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._awsRoleArn !== undefined) {
      hasAnyValues = true;
      internalValueResult.awsRoleArn = this._awsRoleArn;
    }
    if (this._consumerArn !== undefined) {
      hasAnyValues = true;
      internalValueResult.consumerArn = this._consumerArn;
    }
    if (this._gcpServiceAccount !== undefined) {
      hasAnyValues = true;
      internalValueResult.gcpServiceAccount = this._gcpServiceAccount;
    }
    if (this._streamArn !== undefined) {
      hasAnyValues = true;
      internalValueResult.streamArn = this._streamArn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicIngestionDataSourceSettingsAwsKinesis | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._awsRoleArn = undefined;
      this._consumerArn = undefined;
      this._gcpServiceAccount = undefined;
      this._streamArn = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._awsRoleArn = value.awsRoleArn;
      this._consumerArn = value.consumerArn;
      this._gcpServiceAccount = value.gcpServiceAccount;
      this._streamArn = value.streamArn;
    }
  }

  // aws_role_arn - computed: false, optional: false, required: true
  private _awsRoleArn?: string; 
  public get awsRoleArn() {
    return this.getStringAttribute('aws_role_arn');
  }
  public set awsRoleArn(value: string) {
    this._awsRoleArn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get awsRoleArnInput() {
    return this._awsRoleArn;
  }

  // consumer_arn - computed: false, optional: false, required: true
  private _consumerArn?: string; 
  public get consumerArn() {
    return this.getStringAttribute('consumer_arn');
  }
  public set consumerArn(value: string) {
    this._consumerArn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get consumerArnInput() {
    return this._consumerArn;
  }

  // gcp_service_account - computed: false, optional: false, required: true
  private _gcpServiceAccount?: string; 
  public get gcpServiceAccount() {
    return this.getStringAttribute('gcp_service_account');
  }
  public set gcpServiceAccount(value: string) {
    this._gcpServiceAccount = value;
  }
  // Temporarily expose input value. Use with caution.
  public get gcpServiceAccountInput() {
    return this._gcpServiceAccount;
  }

  // stream_arn - computed: false, optional: false, required: true
  private _streamArn?: string; 
  public get streamArn() {
    return this.getStringAttribute('stream_arn');
  }
  public set streamArn(value: string) {
    this._streamArn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get streamArnInput() {
    return this._streamArn;
  }
}
export interface PubsubTopicIngestionDataSourceSettingsAwsMsk {
  /**
  * AWS role ARN to be used for Federated Identity authentication with
  * MSK. Check the Pub/Sub docs for how to set up this role and the
  * required permissions that need to be attached to it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#aws_role_arn PubsubTopic#aws_role_arn}
  */
  readonly awsRoleArn: string;
  /**
  * ARN that uniquely identifies the MSK cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#cluster_arn PubsubTopic#cluster_arn}
  */
  readonly clusterArn: string;
  /**
  * The GCP service account to be used for Federated Identity authentication
  * with MSK (via a 'AssumeRoleWithWebIdentity' call for the provided
  * role). The 'awsRoleArn' must be set up with 'accounts.google.com:sub'
  * equals to this service account number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#gcp_service_account PubsubTopic#gcp_service_account}
  */
  readonly gcpServiceAccount: string;
  /**
  * The name of the MSK topic that Pub/Sub will import from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#topic PubsubTopic#topic}
  */
  readonly topic: string;
}

export function pubsubTopicIngestionDataSourceSettingsAwsMskToTerraform(struct?: PubsubTopicIngestionDataSourceSettingsAwsMskOutputReference | PubsubTopicIngestionDataSourceSettingsAwsMsk): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    aws_role_arn: cdktn.stringToTerraform(struct!.awsRoleArn),
    cluster_arn: cdktn.stringToTerraform(struct!.clusterArn),
    gcp_service_account: cdktn.stringToTerraform(struct!.gcpServiceAccount),
    topic: cdktn.stringToTerraform(struct!.topic),
  }
}


export function pubsubTopicIngestionDataSourceSettingsAwsMskToHclTerraform(struct?: PubsubTopicIngestionDataSourceSettingsAwsMskOutputReference | PubsubTopicIngestionDataSourceSettingsAwsMsk): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    aws_role_arn: {
      value: cdktn.stringToHclTerraform(struct!.awsRoleArn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cluster_arn: {
      value: cdktn.stringToHclTerraform(struct!.clusterArn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    gcp_service_account: {
      value: cdktn.stringToHclTerraform(struct!.gcpServiceAccount),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    topic: {
      value: cdktn.stringToHclTerraform(struct!.topic),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicIngestionDataSourceSettingsAwsMskOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicIngestionDataSourceSettingsAwsMsk | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._awsRoleArn !== undefined) {
      hasAnyValues = true;
      internalValueResult.awsRoleArn = this._awsRoleArn;
    }
    if (this._clusterArn !== undefined) {
      hasAnyValues = true;
      internalValueResult.clusterArn = this._clusterArn;
    }
    if (this._gcpServiceAccount !== undefined) {
      hasAnyValues = true;
      internalValueResult.gcpServiceAccount = this._gcpServiceAccount;
    }
    if (this._topic !== undefined) {
      hasAnyValues = true;
      internalValueResult.topic = this._topic;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicIngestionDataSourceSettingsAwsMsk | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._awsRoleArn = undefined;
      this._clusterArn = undefined;
      this._gcpServiceAccount = undefined;
      this._topic = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._awsRoleArn = value.awsRoleArn;
      this._clusterArn = value.clusterArn;
      this._gcpServiceAccount = value.gcpServiceAccount;
      this._topic = value.topic;
    }
  }

  // aws_role_arn - computed: false, optional: false, required: true
  private _awsRoleArn?: string; 
  public get awsRoleArn() {
    return this.getStringAttribute('aws_role_arn');
  }
  public set awsRoleArn(value: string) {
    this._awsRoleArn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get awsRoleArnInput() {
    return this._awsRoleArn;
  }

  // cluster_arn - computed: false, optional: false, required: true
  private _clusterArn?: string; 
  public get clusterArn() {
    return this.getStringAttribute('cluster_arn');
  }
  public set clusterArn(value: string) {
    this._clusterArn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterArnInput() {
    return this._clusterArn;
  }

  // gcp_service_account - computed: false, optional: false, required: true
  private _gcpServiceAccount?: string; 
  public get gcpServiceAccount() {
    return this.getStringAttribute('gcp_service_account');
  }
  public set gcpServiceAccount(value: string) {
    this._gcpServiceAccount = value;
  }
  // Temporarily expose input value. Use with caution.
  public get gcpServiceAccountInput() {
    return this._gcpServiceAccount;
  }

  // topic - computed: false, optional: false, required: true
  private _topic?: string; 
  public get topic() {
    return this.getStringAttribute('topic');
  }
  public set topic(value: string) {
    this._topic = value;
  }
  // Temporarily expose input value. Use with caution.
  public get topicInput() {
    return this._topic;
  }
}
export interface PubsubTopicIngestionDataSourceSettingsAzureEventHubs {
  /**
  * The Azure event hub client ID to use for ingestion.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#client_id PubsubTopic#client_id}
  */
  readonly clientId?: string;
  /**
  * The Azure event hub to ingest data from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#event_hub PubsubTopic#event_hub}
  */
  readonly eventHub?: string;
  /**
  * The GCP service account to be used for Federated Identity authentication
  * with Azure (via a 'AssumeRoleWithWebIdentity' call for the provided
  * role).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#gcp_service_account PubsubTopic#gcp_service_account}
  */
  readonly gcpServiceAccount?: string;
  /**
  * The Azure event hub namespace to ingest data from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#namespace PubsubTopic#namespace}
  */
  readonly namespace?: string;
  /**
  * The name of the resource group within an Azure subscription.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#resource_group PubsubTopic#resource_group}
  */
  readonly resourceGroup?: string;
  /**
  * The Azure event hub subscription ID to use for ingestion.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#subscription_id PubsubTopic#subscription_id}
  */
  readonly subscriptionId?: string;
  /**
  * The Azure event hub tenant ID to use for ingestion.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#tenant_id PubsubTopic#tenant_id}
  */
  readonly tenantId?: string;
}

export function pubsubTopicIngestionDataSourceSettingsAzureEventHubsToTerraform(struct?: PubsubTopicIngestionDataSourceSettingsAzureEventHubsOutputReference | PubsubTopicIngestionDataSourceSettingsAzureEventHubs): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    client_id: cdktn.stringToTerraform(struct!.clientId),
    event_hub: cdktn.stringToTerraform(struct!.eventHub),
    gcp_service_account: cdktn.stringToTerraform(struct!.gcpServiceAccount),
    namespace: cdktn.stringToTerraform(struct!.namespace),
    resource_group: cdktn.stringToTerraform(struct!.resourceGroup),
    subscription_id: cdktn.stringToTerraform(struct!.subscriptionId),
    tenant_id: cdktn.stringToTerraform(struct!.tenantId),
  }
}


export function pubsubTopicIngestionDataSourceSettingsAzureEventHubsToHclTerraform(struct?: PubsubTopicIngestionDataSourceSettingsAzureEventHubsOutputReference | PubsubTopicIngestionDataSourceSettingsAzureEventHubs): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    client_id: {
      value: cdktn.stringToHclTerraform(struct!.clientId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    event_hub: {
      value: cdktn.stringToHclTerraform(struct!.eventHub),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    gcp_service_account: {
      value: cdktn.stringToHclTerraform(struct!.gcpServiceAccount),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    namespace: {
      value: cdktn.stringToHclTerraform(struct!.namespace),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_group: {
      value: cdktn.stringToHclTerraform(struct!.resourceGroup),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    subscription_id: {
      value: cdktn.stringToHclTerraform(struct!.subscriptionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tenant_id: {
      value: cdktn.stringToHclTerraform(struct!.tenantId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicIngestionDataSourceSettingsAzureEventHubsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicIngestionDataSourceSettingsAzureEventHubs | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._clientId !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientId = this._clientId;
    }
    if (this._eventHub !== undefined) {
      hasAnyValues = true;
      internalValueResult.eventHub = this._eventHub;
    }
    if (this._gcpServiceAccount !== undefined) {
      hasAnyValues = true;
      internalValueResult.gcpServiceAccount = this._gcpServiceAccount;
    }
    if (this._namespace !== undefined) {
      hasAnyValues = true;
      internalValueResult.namespace = this._namespace;
    }
    if (this._resourceGroup !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceGroup = this._resourceGroup;
    }
    if (this._subscriptionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subscriptionId = this._subscriptionId;
    }
    if (this._tenantId !== undefined) {
      hasAnyValues = true;
      internalValueResult.tenantId = this._tenantId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicIngestionDataSourceSettingsAzureEventHubs | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._clientId = undefined;
      this._eventHub = undefined;
      this._gcpServiceAccount = undefined;
      this._namespace = undefined;
      this._resourceGroup = undefined;
      this._subscriptionId = undefined;
      this._tenantId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._clientId = value.clientId;
      this._eventHub = value.eventHub;
      this._gcpServiceAccount = value.gcpServiceAccount;
      this._namespace = value.namespace;
      this._resourceGroup = value.resourceGroup;
      this._subscriptionId = value.subscriptionId;
      this._tenantId = value.tenantId;
    }
  }

  // client_id - computed: false, optional: true, required: false
  private _clientId?: string; 
  public get clientId() {
    return this.getStringAttribute('client_id');
  }
  public set clientId(value: string) {
    this._clientId = value;
  }
  public resetClientId() {
    this._clientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // event_hub - computed: false, optional: true, required: false
  private _eventHub?: string; 
  public get eventHub() {
    return this.getStringAttribute('event_hub');
  }
  public set eventHub(value: string) {
    this._eventHub = value;
  }
  public resetEventHub() {
    this._eventHub = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventHubInput() {
    return this._eventHub;
  }

  // gcp_service_account - computed: false, optional: true, required: false
  private _gcpServiceAccount?: string; 
  public get gcpServiceAccount() {
    return this.getStringAttribute('gcp_service_account');
  }
  public set gcpServiceAccount(value: string) {
    this._gcpServiceAccount = value;
  }
  public resetGcpServiceAccount() {
    this._gcpServiceAccount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gcpServiceAccountInput() {
    return this._gcpServiceAccount;
  }

  // namespace - computed: false, optional: true, required: false
  private _namespace?: string; 
  public get namespace() {
    return this.getStringAttribute('namespace');
  }
  public set namespace(value: string) {
    this._namespace = value;
  }
  public resetNamespace() {
    this._namespace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get namespaceInput() {
    return this._namespace;
  }

  // resource_group - computed: false, optional: true, required: false
  private _resourceGroup?: string; 
  public get resourceGroup() {
    return this.getStringAttribute('resource_group');
  }
  public set resourceGroup(value: string) {
    this._resourceGroup = value;
  }
  public resetResourceGroup() {
    this._resourceGroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceGroupInput() {
    return this._resourceGroup;
  }

  // subscription_id - computed: false, optional: true, required: false
  private _subscriptionId?: string; 
  public get subscriptionId() {
    return this.getStringAttribute('subscription_id');
  }
  public set subscriptionId(value: string) {
    this._subscriptionId = value;
  }
  public resetSubscriptionId() {
    this._subscriptionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subscriptionIdInput() {
    return this._subscriptionId;
  }

  // tenant_id - computed: false, optional: true, required: false
  private _tenantId?: string; 
  public get tenantId() {
    return this.getStringAttribute('tenant_id');
  }
  public set tenantId(value: string) {
    this._tenantId = value;
  }
  public resetTenantId() {
    this._tenantId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantIdInput() {
    return this._tenantId;
  }
}
export interface PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormat {
}

export function pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToTerraform(struct?: PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatOutputReference | PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToHclTerraform(struct?: PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatOutputReference | PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormat {
}

export function pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToTerraform(struct?: PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatOutputReference | PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToHclTerraform(struct?: PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatOutputReference | PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormat {
  /**
  * The delimiter to use when using the 'text' format. Each line of text as
  * specified by the delimiter will be set to the 'data' field of a Pub/Sub
  * message. When unset, '\n' is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#delimiter PubsubTopic#delimiter}
  */
  readonly delimiter?: string;
}

export function pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToTerraform(struct?: PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatOutputReference | PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    delimiter: cdktn.stringToTerraform(struct!.delimiter),
  }
}


export function pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToHclTerraform(struct?: PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatOutputReference | PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormat): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    delimiter: {
      value: cdktn.stringToHclTerraform(struct!.delimiter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormat | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._delimiter !== undefined) {
      hasAnyValues = true;
      internalValueResult.delimiter = this._delimiter;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormat | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._delimiter = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._delimiter = value.delimiter;
    }
  }

  // delimiter - computed: false, optional: true, required: false
  private _delimiter?: string; 
  public get delimiter() {
    return this.getStringAttribute('delimiter');
  }
  public set delimiter(value: string) {
    this._delimiter = value;
  }
  public resetDelimiter() {
    this._delimiter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get delimiterInput() {
    return this._delimiter;
  }
}
export interface PubsubTopicIngestionDataSourceSettingsCloudStorage {
  /**
  * Cloud Storage bucket. The bucket name must be without any
  * prefix like "gs://". See the bucket naming requirements:
  * https://cloud.google.com/storage/docs/buckets#naming.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#bucket PubsubTopic#bucket}
  */
  readonly bucket: string;
  /**
  * Glob pattern used to match objects that will be ingested. If unset, all
  * objects will be ingested. See the supported patterns:
  * https://cloud.google.com/storage/docs/json_api/v1/objects/list#list-objects-and-prefixes-using-glob
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#match_glob PubsubTopic#match_glob}
  */
  readonly matchGlob?: string;
  /**
  * The timestamp set in RFC3339 text format. If set, only objects with a
  * larger or equal timestamp will be ingested. Unset by default, meaning
  * all objects will be ingested.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#minimum_object_create_time PubsubTopic#minimum_object_create_time}
  */
  readonly minimumObjectCreateTime?: string;
  /**
  * avro_format block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#avro_format PubsubTopic#avro_format}
  */
  readonly avroFormat?: PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormat;
  /**
  * pubsub_avro_format block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#pubsub_avro_format PubsubTopic#pubsub_avro_format}
  */
  readonly pubsubAvroFormat?: PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormat;
  /**
  * text_format block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#text_format PubsubTopic#text_format}
  */
  readonly textFormat?: PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormat;
}

export function pubsubTopicIngestionDataSourceSettingsCloudStorageToTerraform(struct?: PubsubTopicIngestionDataSourceSettingsCloudStorageOutputReference | PubsubTopicIngestionDataSourceSettingsCloudStorage): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    bucket: cdktn.stringToTerraform(struct!.bucket),
    match_glob: cdktn.stringToTerraform(struct!.matchGlob),
    minimum_object_create_time: cdktn.stringToTerraform(struct!.minimumObjectCreateTime),
    avro_format: pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToTerraform(struct!.avroFormat),
    pubsub_avro_format: pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToTerraform(struct!.pubsubAvroFormat),
    text_format: pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToTerraform(struct!.textFormat),
  }
}


export function pubsubTopicIngestionDataSourceSettingsCloudStorageToHclTerraform(struct?: PubsubTopicIngestionDataSourceSettingsCloudStorageOutputReference | PubsubTopicIngestionDataSourceSettingsCloudStorage): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    bucket: {
      value: cdktn.stringToHclTerraform(struct!.bucket),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    match_glob: {
      value: cdktn.stringToHclTerraform(struct!.matchGlob),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    minimum_object_create_time: {
      value: cdktn.stringToHclTerraform(struct!.minimumObjectCreateTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    avro_format: {
      value: pubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatToHclTerraform(struct!.avroFormat),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatList",
    },
    pubsub_avro_format: {
      value: pubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatToHclTerraform(struct!.pubsubAvroFormat),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatList",
    },
    text_format: {
      value: pubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatToHclTerraform(struct!.textFormat),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicIngestionDataSourceSettingsCloudStorageOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicIngestionDataSourceSettingsCloudStorage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bucket !== undefined) {
      hasAnyValues = true;
      internalValueResult.bucket = this._bucket;
    }
    if (this._matchGlob !== undefined) {
      hasAnyValues = true;
      internalValueResult.matchGlob = this._matchGlob;
    }
    if (this._minimumObjectCreateTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.minimumObjectCreateTime = this._minimumObjectCreateTime;
    }
    if (this._avroFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.avroFormat = this._avroFormat?.internalValue;
    }
    if (this._pubsubAvroFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pubsubAvroFormat = this._pubsubAvroFormat?.internalValue;
    }
    if (this._textFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.textFormat = this._textFormat?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicIngestionDataSourceSettingsCloudStorage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bucket = undefined;
      this._matchGlob = undefined;
      this._minimumObjectCreateTime = undefined;
      this._avroFormat.internalValue = undefined;
      this._pubsubAvroFormat.internalValue = undefined;
      this._textFormat.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bucket = value.bucket;
      this._matchGlob = value.matchGlob;
      this._minimumObjectCreateTime = value.minimumObjectCreateTime;
      this._avroFormat.internalValue = value.avroFormat;
      this._pubsubAvroFormat.internalValue = value.pubsubAvroFormat;
      this._textFormat.internalValue = value.textFormat;
    }
  }

  // bucket - computed: false, optional: false, required: true
  private _bucket?: string; 
  public get bucket() {
    return this.getStringAttribute('bucket');
  }
  public set bucket(value: string) {
    this._bucket = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketInput() {
    return this._bucket;
  }

  // match_glob - computed: false, optional: true, required: false
  private _matchGlob?: string; 
  public get matchGlob() {
    return this.getStringAttribute('match_glob');
  }
  public set matchGlob(value: string) {
    this._matchGlob = value;
  }
  public resetMatchGlob() {
    this._matchGlob = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchGlobInput() {
    return this._matchGlob;
  }

  // minimum_object_create_time - computed: false, optional: true, required: false
  private _minimumObjectCreateTime?: string; 
  public get minimumObjectCreateTime() {
    return this.getStringAttribute('minimum_object_create_time');
  }
  public set minimumObjectCreateTime(value: string) {
    this._minimumObjectCreateTime = value;
  }
  public resetMinimumObjectCreateTime() {
    this._minimumObjectCreateTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minimumObjectCreateTimeInput() {
    return this._minimumObjectCreateTime;
  }

  // avro_format - computed: false, optional: true, required: false
  private _avroFormat = new PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormatOutputReference(this, "avro_format");
  public get avroFormat() {
    return this._avroFormat;
  }
  public putAvroFormat(value: PubsubTopicIngestionDataSourceSettingsCloudStorageAvroFormat) {
    this._avroFormat.internalValue = value;
  }
  public resetAvroFormat() {
    this._avroFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get avroFormatInput() {
    return this._avroFormat.internalValue;
  }

  // pubsub_avro_format - computed: false, optional: true, required: false
  private _pubsubAvroFormat = new PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormatOutputReference(this, "pubsub_avro_format");
  public get pubsubAvroFormat() {
    return this._pubsubAvroFormat;
  }
  public putPubsubAvroFormat(value: PubsubTopicIngestionDataSourceSettingsCloudStoragePubsubAvroFormat) {
    this._pubsubAvroFormat.internalValue = value;
  }
  public resetPubsubAvroFormat() {
    this._pubsubAvroFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pubsubAvroFormatInput() {
    return this._pubsubAvroFormat.internalValue;
  }

  // text_format - computed: false, optional: true, required: false
  private _textFormat = new PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormatOutputReference(this, "text_format");
  public get textFormat() {
    return this._textFormat;
  }
  public putTextFormat(value: PubsubTopicIngestionDataSourceSettingsCloudStorageTextFormat) {
    this._textFormat.internalValue = value;
  }
  public resetTextFormat() {
    this._textFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get textFormatInput() {
    return this._textFormat.internalValue;
  }
}
export interface PubsubTopicIngestionDataSourceSettingsConfluentCloud {
  /**
  * The Confluent Cloud bootstrap server. The format is url:port.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#bootstrap_server PubsubTopic#bootstrap_server}
  */
  readonly bootstrapServer: string;
  /**
  * The Confluent Cloud cluster ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#cluster_id PubsubTopic#cluster_id}
  */
  readonly clusterId?: string;
  /**
  * The GCP service account to be used for Federated Identity authentication
  * with Confluent Cloud.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#gcp_service_account PubsubTopic#gcp_service_account}
  */
  readonly gcpServiceAccount: string;
  /**
  * Identity pool ID to be used for Federated Identity authentication with Confluent Cloud.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#identity_pool_id PubsubTopic#identity_pool_id}
  */
  readonly identityPoolId: string;
  /**
  * Name of the Confluent Cloud topic that Pub/Sub will import from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#topic PubsubTopic#topic}
  */
  readonly topic: string;
}

export function pubsubTopicIngestionDataSourceSettingsConfluentCloudToTerraform(struct?: PubsubTopicIngestionDataSourceSettingsConfluentCloudOutputReference | PubsubTopicIngestionDataSourceSettingsConfluentCloud): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    bootstrap_server: cdktn.stringToTerraform(struct!.bootstrapServer),
    cluster_id: cdktn.stringToTerraform(struct!.clusterId),
    gcp_service_account: cdktn.stringToTerraform(struct!.gcpServiceAccount),
    identity_pool_id: cdktn.stringToTerraform(struct!.identityPoolId),
    topic: cdktn.stringToTerraform(struct!.topic),
  }
}


export function pubsubTopicIngestionDataSourceSettingsConfluentCloudToHclTerraform(struct?: PubsubTopicIngestionDataSourceSettingsConfluentCloudOutputReference | PubsubTopicIngestionDataSourceSettingsConfluentCloud): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    bootstrap_server: {
      value: cdktn.stringToHclTerraform(struct!.bootstrapServer),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cluster_id: {
      value: cdktn.stringToHclTerraform(struct!.clusterId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    gcp_service_account: {
      value: cdktn.stringToHclTerraform(struct!.gcpServiceAccount),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    identity_pool_id: {
      value: cdktn.stringToHclTerraform(struct!.identityPoolId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    topic: {
      value: cdktn.stringToHclTerraform(struct!.topic),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicIngestionDataSourceSettingsConfluentCloudOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicIngestionDataSourceSettingsConfluentCloud | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bootstrapServer !== undefined) {
      hasAnyValues = true;
      internalValueResult.bootstrapServer = this._bootstrapServer;
    }
    if (this._clusterId !== undefined) {
      hasAnyValues = true;
      internalValueResult.clusterId = this._clusterId;
    }
    if (this._gcpServiceAccount !== undefined) {
      hasAnyValues = true;
      internalValueResult.gcpServiceAccount = this._gcpServiceAccount;
    }
    if (this._identityPoolId !== undefined) {
      hasAnyValues = true;
      internalValueResult.identityPoolId = this._identityPoolId;
    }
    if (this._topic !== undefined) {
      hasAnyValues = true;
      internalValueResult.topic = this._topic;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicIngestionDataSourceSettingsConfluentCloud | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bootstrapServer = undefined;
      this._clusterId = undefined;
      this._gcpServiceAccount = undefined;
      this._identityPoolId = undefined;
      this._topic = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bootstrapServer = value.bootstrapServer;
      this._clusterId = value.clusterId;
      this._gcpServiceAccount = value.gcpServiceAccount;
      this._identityPoolId = value.identityPoolId;
      this._topic = value.topic;
    }
  }

  // bootstrap_server - computed: false, optional: false, required: true
  private _bootstrapServer?: string; 
  public get bootstrapServer() {
    return this.getStringAttribute('bootstrap_server');
  }
  public set bootstrapServer(value: string) {
    this._bootstrapServer = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bootstrapServerInput() {
    return this._bootstrapServer;
  }

  // cluster_id - computed: false, optional: true, required: false
  private _clusterId?: string; 
  public get clusterId() {
    return this.getStringAttribute('cluster_id');
  }
  public set clusterId(value: string) {
    this._clusterId = value;
  }
  public resetClusterId() {
    this._clusterId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterIdInput() {
    return this._clusterId;
  }

  // gcp_service_account - computed: false, optional: false, required: true
  private _gcpServiceAccount?: string; 
  public get gcpServiceAccount() {
    return this.getStringAttribute('gcp_service_account');
  }
  public set gcpServiceAccount(value: string) {
    this._gcpServiceAccount = value;
  }
  // Temporarily expose input value. Use with caution.
  public get gcpServiceAccountInput() {
    return this._gcpServiceAccount;
  }

  // identity_pool_id - computed: false, optional: false, required: true
  private _identityPoolId?: string; 
  public get identityPoolId() {
    return this.getStringAttribute('identity_pool_id');
  }
  public set identityPoolId(value: string) {
    this._identityPoolId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get identityPoolIdInput() {
    return this._identityPoolId;
  }

  // topic - computed: false, optional: false, required: true
  private _topic?: string; 
  public get topic() {
    return this.getStringAttribute('topic');
  }
  public set topic(value: string) {
    this._topic = value;
  }
  // Temporarily expose input value. Use with caution.
  public get topicInput() {
    return this._topic;
  }
}
export interface PubsubTopicIngestionDataSourceSettingsPlatformLogsSettings {
  /**
  * The minimum severity level of Platform Logs that will be written. If unspecified,
  * no Platform Logs will be written. Default value: "SEVERITY_UNSPECIFIED" Possible values: ["SEVERITY_UNSPECIFIED", "DISABLED", "DEBUG", "INFO", "WARNING", "ERROR"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#severity PubsubTopic#severity}
  */
  readonly severity?: string;
}

export function pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToTerraform(struct?: PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsOutputReference | PubsubTopicIngestionDataSourceSettingsPlatformLogsSettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    severity: cdktn.stringToTerraform(struct!.severity),
  }
}


export function pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToHclTerraform(struct?: PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsOutputReference | PubsubTopicIngestionDataSourceSettingsPlatformLogsSettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    severity: {
      value: cdktn.stringToHclTerraform(struct!.severity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicIngestionDataSourceSettingsPlatformLogsSettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._severity !== undefined) {
      hasAnyValues = true;
      internalValueResult.severity = this._severity;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicIngestionDataSourceSettingsPlatformLogsSettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._severity = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._severity = value.severity;
    }
  }

  // severity - computed: false, optional: true, required: false
  private _severity?: string; 
  public get severity() {
    return this.getStringAttribute('severity');
  }
  public set severity(value: string) {
    this._severity = value;
  }
  public resetSeverity() {
    this._severity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get severityInput() {
    return this._severity;
  }
}
export interface PubsubTopicIngestionDataSourceSettings {
  /**
  * aws_kinesis block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#aws_kinesis PubsubTopic#aws_kinesis}
  */
  readonly awsKinesis?: PubsubTopicIngestionDataSourceSettingsAwsKinesis;
  /**
  * aws_msk block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#aws_msk PubsubTopic#aws_msk}
  */
  readonly awsMsk?: PubsubTopicIngestionDataSourceSettingsAwsMsk;
  /**
  * azure_event_hubs block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#azure_event_hubs PubsubTopic#azure_event_hubs}
  */
  readonly azureEventHubs?: PubsubTopicIngestionDataSourceSettingsAzureEventHubs;
  /**
  * cloud_storage block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#cloud_storage PubsubTopic#cloud_storage}
  */
  readonly cloudStorage?: PubsubTopicIngestionDataSourceSettingsCloudStorage;
  /**
  * confluent_cloud block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#confluent_cloud PubsubTopic#confluent_cloud}
  */
  readonly confluentCloud?: PubsubTopicIngestionDataSourceSettingsConfluentCloud;
  /**
  * platform_logs_settings block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#platform_logs_settings PubsubTopic#platform_logs_settings}
  */
  readonly platformLogsSettings?: PubsubTopicIngestionDataSourceSettingsPlatformLogsSettings;
}

export function pubsubTopicIngestionDataSourceSettingsToTerraform(struct?: PubsubTopicIngestionDataSourceSettingsOutputReference | PubsubTopicIngestionDataSourceSettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    aws_kinesis: pubsubTopicIngestionDataSourceSettingsAwsKinesisToTerraform(struct!.awsKinesis),
    aws_msk: pubsubTopicIngestionDataSourceSettingsAwsMskToTerraform(struct!.awsMsk),
    azure_event_hubs: pubsubTopicIngestionDataSourceSettingsAzureEventHubsToTerraform(struct!.azureEventHubs),
    cloud_storage: pubsubTopicIngestionDataSourceSettingsCloudStorageToTerraform(struct!.cloudStorage),
    confluent_cloud: pubsubTopicIngestionDataSourceSettingsConfluentCloudToTerraform(struct!.confluentCloud),
    platform_logs_settings: pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToTerraform(struct!.platformLogsSettings),
  }
}


export function pubsubTopicIngestionDataSourceSettingsToHclTerraform(struct?: PubsubTopicIngestionDataSourceSettingsOutputReference | PubsubTopicIngestionDataSourceSettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    aws_kinesis: {
      value: pubsubTopicIngestionDataSourceSettingsAwsKinesisToHclTerraform(struct!.awsKinesis),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicIngestionDataSourceSettingsAwsKinesisList",
    },
    aws_msk: {
      value: pubsubTopicIngestionDataSourceSettingsAwsMskToHclTerraform(struct!.awsMsk),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicIngestionDataSourceSettingsAwsMskList",
    },
    azure_event_hubs: {
      value: pubsubTopicIngestionDataSourceSettingsAzureEventHubsToHclTerraform(struct!.azureEventHubs),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicIngestionDataSourceSettingsAzureEventHubsList",
    },
    cloud_storage: {
      value: pubsubTopicIngestionDataSourceSettingsCloudStorageToHclTerraform(struct!.cloudStorage),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicIngestionDataSourceSettingsCloudStorageList",
    },
    confluent_cloud: {
      value: pubsubTopicIngestionDataSourceSettingsConfluentCloudToHclTerraform(struct!.confluentCloud),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicIngestionDataSourceSettingsConfluentCloudList",
    },
    platform_logs_settings: {
      value: pubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsToHclTerraform(struct!.platformLogsSettings),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicIngestionDataSourceSettingsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicIngestionDataSourceSettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._awsKinesis?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.awsKinesis = this._awsKinesis?.internalValue;
    }
    if (this._awsMsk?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.awsMsk = this._awsMsk?.internalValue;
    }
    if (this._azureEventHubs?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.azureEventHubs = this._azureEventHubs?.internalValue;
    }
    if (this._cloudStorage?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.cloudStorage = this._cloudStorage?.internalValue;
    }
    if (this._confluentCloud?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.confluentCloud = this._confluentCloud?.internalValue;
    }
    if (this._platformLogsSettings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.platformLogsSettings = this._platformLogsSettings?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicIngestionDataSourceSettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._awsKinesis.internalValue = undefined;
      this._awsMsk.internalValue = undefined;
      this._azureEventHubs.internalValue = undefined;
      this._cloudStorage.internalValue = undefined;
      this._confluentCloud.internalValue = undefined;
      this._platformLogsSettings.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._awsKinesis.internalValue = value.awsKinesis;
      this._awsMsk.internalValue = value.awsMsk;
      this._azureEventHubs.internalValue = value.azureEventHubs;
      this._cloudStorage.internalValue = value.cloudStorage;
      this._confluentCloud.internalValue = value.confluentCloud;
      this._platformLogsSettings.internalValue = value.platformLogsSettings;
    }
  }

  // aws_kinesis - computed: false, optional: true, required: false
  private _awsKinesis = new PubsubTopicIngestionDataSourceSettingsAwsKinesisOutputReference(this, "aws_kinesis");
  public get awsKinesis() {
    return this._awsKinesis;
  }
  public putAwsKinesis(value: PubsubTopicIngestionDataSourceSettingsAwsKinesis) {
    this._awsKinesis.internalValue = value;
  }
  public resetAwsKinesis() {
    this._awsKinesis.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsKinesisInput() {
    return this._awsKinesis.internalValue;
  }

  // aws_msk - computed: false, optional: true, required: false
  private _awsMsk = new PubsubTopicIngestionDataSourceSettingsAwsMskOutputReference(this, "aws_msk");
  public get awsMsk() {
    return this._awsMsk;
  }
  public putAwsMsk(value: PubsubTopicIngestionDataSourceSettingsAwsMsk) {
    this._awsMsk.internalValue = value;
  }
  public resetAwsMsk() {
    this._awsMsk.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsMskInput() {
    return this._awsMsk.internalValue;
  }

  // azure_event_hubs - computed: false, optional: true, required: false
  private _azureEventHubs = new PubsubTopicIngestionDataSourceSettingsAzureEventHubsOutputReference(this, "azure_event_hubs");
  public get azureEventHubs() {
    return this._azureEventHubs;
  }
  public putAzureEventHubs(value: PubsubTopicIngestionDataSourceSettingsAzureEventHubs) {
    this._azureEventHubs.internalValue = value;
  }
  public resetAzureEventHubs() {
    this._azureEventHubs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azureEventHubsInput() {
    return this._azureEventHubs.internalValue;
  }

  // cloud_storage - computed: false, optional: true, required: false
  private _cloudStorage = new PubsubTopicIngestionDataSourceSettingsCloudStorageOutputReference(this, "cloud_storage");
  public get cloudStorage() {
    return this._cloudStorage;
  }
  public putCloudStorage(value: PubsubTopicIngestionDataSourceSettingsCloudStorage) {
    this._cloudStorage.internalValue = value;
  }
  public resetCloudStorage() {
    this._cloudStorage.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudStorageInput() {
    return this._cloudStorage.internalValue;
  }

  // confluent_cloud - computed: false, optional: true, required: false
  private _confluentCloud = new PubsubTopicIngestionDataSourceSettingsConfluentCloudOutputReference(this, "confluent_cloud");
  public get confluentCloud() {
    return this._confluentCloud;
  }
  public putConfluentCloud(value: PubsubTopicIngestionDataSourceSettingsConfluentCloud) {
    this._confluentCloud.internalValue = value;
  }
  public resetConfluentCloud() {
    this._confluentCloud.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get confluentCloudInput() {
    return this._confluentCloud.internalValue;
  }

  // platform_logs_settings - computed: false, optional: true, required: false
  private _platformLogsSettings = new PubsubTopicIngestionDataSourceSettingsPlatformLogsSettingsOutputReference(this, "platform_logs_settings");
  public get platformLogsSettings() {
    return this._platformLogsSettings;
  }
  public putPlatformLogsSettings(value: PubsubTopicIngestionDataSourceSettingsPlatformLogsSettings) {
    this._platformLogsSettings.internalValue = value;
  }
  public resetPlatformLogsSettings() {
    this._platformLogsSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get platformLogsSettingsInput() {
    return this._platformLogsSettings.internalValue;
  }
}
export interface PubsubTopicMessageStoragePolicy {
  /**
  * A list of IDs of GCP regions where messages that are published to
  * the topic may be persisted in storage. Messages published by
  * publishers running in non-allowed GCP regions (or running outside
  * of GCP altogether) will be routed for storage in one of the
  * allowed regions. An empty list means that no regions are allowed,
  * and is not a valid configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#allowed_persistence_regions PubsubTopic#allowed_persistence_regions}
  */
  readonly allowedPersistenceRegions: string[];
  /**
  * If true, 'allowedPersistenceRegions' is also used to enforce in-transit
  * guarantees for messages. That is, Pub/Sub will fail topics.publish
  * operations on this topic and subscribe operations on any subscription
  * attached to this topic in any region that is not in 'allowedPersistenceRegions'.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#enforce_in_transit PubsubTopic#enforce_in_transit}
  */
  readonly enforceInTransit?: boolean | cdktn.IResolvable;
}

export function pubsubTopicMessageStoragePolicyToTerraform(struct?: PubsubTopicMessageStoragePolicyOutputReference | PubsubTopicMessageStoragePolicy): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    allowed_persistence_regions: cdktn.listMapper(cdktn.stringToTerraform, false)(struct!.allowedPersistenceRegions),
    enforce_in_transit: cdktn.booleanToTerraform(struct!.enforceInTransit),
  }
}


export function pubsubTopicMessageStoragePolicyToHclTerraform(struct?: PubsubTopicMessageStoragePolicyOutputReference | PubsubTopicMessageStoragePolicy): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    allowed_persistence_regions: {
      value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct!.allowedPersistenceRegions),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    enforce_in_transit: {
      value: cdktn.booleanToHclTerraform(struct!.enforceInTransit),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicMessageStoragePolicyOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicMessageStoragePolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowedPersistenceRegions !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowedPersistenceRegions = this._allowedPersistenceRegions;
    }
    if (this._enforceInTransit !== undefined) {
      hasAnyValues = true;
      internalValueResult.enforceInTransit = this._enforceInTransit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicMessageStoragePolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._allowedPersistenceRegions = undefined;
      this._enforceInTransit = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._allowedPersistenceRegions = value.allowedPersistenceRegions;
      this._enforceInTransit = value.enforceInTransit;
    }
  }

  // allowed_persistence_regions - computed: false, optional: false, required: true
  private _allowedPersistenceRegions?: string[]; 
  public get allowedPersistenceRegions() {
    return cdktn.Fn.tolist(this.getListAttribute('allowed_persistence_regions'));
  }
  public set allowedPersistenceRegions(value: string[]) {
    this._allowedPersistenceRegions = value;
  }
  // Temporarily expose input value. Use with caution.
  public get allowedPersistenceRegionsInput() {
    return this._allowedPersistenceRegions;
  }

  // enforce_in_transit - computed: false, optional: true, required: false
  private _enforceInTransit?: boolean | cdktn.IResolvable; 
  public get enforceInTransit() {
    return this.getBooleanAttribute('enforce_in_transit');
  }
  public set enforceInTransit(value: boolean | cdktn.IResolvable) {
    this._enforceInTransit = value;
  }
  public resetEnforceInTransit() {
    this._enforceInTransit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforceInTransitInput() {
    return this._enforceInTransit;
  }
}
export interface PubsubTopicMessageTransformsAiInferenceUnstructuredInference {
  /**
  * A parameters object to be included in each inference request.
  * The parameters object is combined with the data field of the Pub/Sub
  * message to form the inference request.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#parameters PubsubTopic#parameters}
  */
  readonly parameters?: { [key: string]: string };
}

export function pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToTerraform(struct?: PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceOutputReference | PubsubTopicMessageTransformsAiInferenceUnstructuredInference): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    parameters: cdktn.hashMapper(cdktn.stringToTerraform)(struct!.parameters),
  }
}


export function pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToHclTerraform(struct?: PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceOutputReference | PubsubTopicMessageTransformsAiInferenceUnstructuredInference): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    parameters: {
      value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(struct!.parameters),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicMessageTransformsAiInferenceUnstructuredInference | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._parameters !== undefined) {
      hasAnyValues = true;
      internalValueResult.parameters = this._parameters;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicMessageTransformsAiInferenceUnstructuredInference | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._parameters = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._parameters = value.parameters;
    }
  }

  // parameters - computed: false, optional: true, required: false
  private _parameters?: { [key: string]: string }; 
  public get parameters() {
    return this.getStringMapAttribute('parameters');
  }
  public set parameters(value: { [key: string]: string }) {
    this._parameters = value;
  }
  public resetParameters() {
    this._parameters = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get parametersInput() {
    return this._parameters;
  }
}
export interface PubsubTopicMessageTransformsAiInference {
  /**
  * The endpoint to a Vertex AI model of the form
  * 'projects/{project}/locations/{location}/endpoints/{endpoint}' or
  * 'projects/{project}/locations/{location}/publishers/{publisher}/models/{model}'.
  * Vertex AI API requests will be sent to this endpoint.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#endpoint PubsubTopic#endpoint}
  */
  readonly endpoint: string;
  /**
  * The service account to use to make prediction requests against
  * endpoints.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#service_account_email PubsubTopic#service_account_email}
  */
  readonly serviceAccountEmail?: string;
  /**
  * unstructured_inference block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#unstructured_inference PubsubTopic#unstructured_inference}
  */
  readonly unstructuredInference?: PubsubTopicMessageTransformsAiInferenceUnstructuredInference;
}

export function pubsubTopicMessageTransformsAiInferenceToTerraform(struct?: PubsubTopicMessageTransformsAiInferenceOutputReference | PubsubTopicMessageTransformsAiInference): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    endpoint: cdktn.stringToTerraform(struct!.endpoint),
    service_account_email: cdktn.stringToTerraform(struct!.serviceAccountEmail),
    unstructured_inference: pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToTerraform(struct!.unstructuredInference),
  }
}


export function pubsubTopicMessageTransformsAiInferenceToHclTerraform(struct?: PubsubTopicMessageTransformsAiInferenceOutputReference | PubsubTopicMessageTransformsAiInference): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    endpoint: {
      value: cdktn.stringToHclTerraform(struct!.endpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_account_email: {
      value: cdktn.stringToHclTerraform(struct!.serviceAccountEmail),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    unstructured_inference: {
      value: pubsubTopicMessageTransformsAiInferenceUnstructuredInferenceToHclTerraform(struct!.unstructuredInference),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicMessageTransformsAiInferenceOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicMessageTransformsAiInference | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._endpoint !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpoint = this._endpoint;
    }
    if (this._serviceAccountEmail !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAccountEmail = this._serviceAccountEmail;
    }
    if (this._unstructuredInference?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.unstructuredInference = this._unstructuredInference?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicMessageTransformsAiInference | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._endpoint = undefined;
      this._serviceAccountEmail = undefined;
      this._unstructuredInference.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._endpoint = value.endpoint;
      this._serviceAccountEmail = value.serviceAccountEmail;
      this._unstructuredInference.internalValue = value.unstructuredInference;
    }
  }

  // endpoint - computed: false, optional: false, required: true
  private _endpoint?: string; 
  public get endpoint() {
    return this.getStringAttribute('endpoint');
  }
  public set endpoint(value: string) {
    this._endpoint = value;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointInput() {
    return this._endpoint;
  }

  // service_account_email - computed: false, optional: true, required: false
  private _serviceAccountEmail?: string; 
  public get serviceAccountEmail() {
    return this.getStringAttribute('service_account_email');
  }
  public set serviceAccountEmail(value: string) {
    this._serviceAccountEmail = value;
  }
  public resetServiceAccountEmail() {
    this._serviceAccountEmail = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccountEmailInput() {
    return this._serviceAccountEmail;
  }

  // unstructured_inference - computed: false, optional: true, required: false
  private _unstructuredInference = new PubsubTopicMessageTransformsAiInferenceUnstructuredInferenceOutputReference(this, "unstructured_inference");
  public get unstructuredInference() {
    return this._unstructuredInference;
  }
  public putUnstructuredInference(value: PubsubTopicMessageTransformsAiInferenceUnstructuredInference) {
    this._unstructuredInference.internalValue = value;
  }
  public resetUnstructuredInference() {
    this._unstructuredInference.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unstructuredInferenceInput() {
    return this._unstructuredInference.internalValue;
  }
}
export interface PubsubTopicMessageTransformsJavascriptUdf {
  /**
  * JavaScript code that contains a function 'function_name' with the
  * following signature:
  * ```
  *   /**
  *   * Transforms a Pub/Sub message.
  *   *
  *   * @return {(Object<string, (string | Object<string, string>)>|null)} - To
  *   * filter a message, return 'null'. To transform a message return a map
  *   * with the following keys:
  *   *   - (required) 'data' : {string}
  *   *   - (optional) 'attributes' : {Object<string, string>}
  *   * Returning empty 'attributes' will remove all attributes from the
  *   * message.
  *   *
  *   * @param  {(Object<string, (string | Object<string, string>)>} Pub/Sub
  *   * message. Keys:
  *   *   - (required) 'data' : {string}
  *   *   - (required) 'attributes' : {Object<string, string>}
  *   *
  *   * @param  {Object<string, any>} metadata - Pub/Sub message metadata.
  *   * Keys:
  *   *   - (required) 'message_id'  : {string}
  *   *   - (optional) 'publish_time': {string} YYYY-MM-DDTHH:MM:SSZ format
  *   *   - (optional) 'ordering_key': {string}
  *   * /
  *   function <function_name>(message, metadata) {
  *   }
  * ```
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#code PubsubTopic#code}
   *
  * Note: The above comment contained a comment block ending sequence (* followed by /). We have introduced a space between to prevent syntax errors. Please ignore the space.
  */
  readonly code: string;
  /**
  * Name of the JavaScript function that should be applied to Pub/Sub messages.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#function_name PubsubTopic#function_name}
  */
  readonly functionName: string;
}

export function pubsubTopicMessageTransformsJavascriptUdfToTerraform(struct?: PubsubTopicMessageTransformsJavascriptUdfOutputReference | PubsubTopicMessageTransformsJavascriptUdf): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    code: cdktn.stringToTerraform(struct!.code),
    function_name: cdktn.stringToTerraform(struct!.functionName),
  }
}


export function pubsubTopicMessageTransformsJavascriptUdfToHclTerraform(struct?: PubsubTopicMessageTransformsJavascriptUdfOutputReference | PubsubTopicMessageTransformsJavascriptUdf): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    code: {
      value: cdktn.stringToHclTerraform(struct!.code),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    function_name: {
      value: cdktn.stringToHclTerraform(struct!.functionName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicMessageTransformsJavascriptUdfOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicMessageTransformsJavascriptUdf | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._code !== undefined) {
      hasAnyValues = true;
      internalValueResult.code = this._code;
    }
    if (this._functionName !== undefined) {
      hasAnyValues = true;
      internalValueResult.functionName = this._functionName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicMessageTransformsJavascriptUdf | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._code = undefined;
      this._functionName = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._code = value.code;
      this._functionName = value.functionName;
    }
  }

  // code - computed: false, optional: false, required: true
  private _code?: string; 
  public get code() {
    return this.getStringAttribute('code');
  }
  public set code(value: string) {
    this._code = value;
  }
  // Temporarily expose input value. Use with caution.
  public get codeInput() {
    return this._code;
  }

  // function_name - computed: false, optional: false, required: true
  private _functionName?: string; 
  public get functionName() {
    return this.getStringAttribute('function_name');
  }
  public set functionName(value: string) {
    this._functionName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get functionNameInput() {
    return this._functionName;
  }
}
export interface PubsubTopicMessageTransforms {
  /**
  * Controls whether or not to use this transform. If not set or 'false',
  * the transform will be applied to messages. Default: 'true'.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#disabled PubsubTopic#disabled}
  */
  readonly disabled?: boolean | cdktn.IResolvable;
  /**
  * ai_inference block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#ai_inference PubsubTopic#ai_inference}
  */
  readonly aiInference?: PubsubTopicMessageTransformsAiInference;
  /**
  * javascript_udf block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#javascript_udf PubsubTopic#javascript_udf}
  */
  readonly javascriptUdf?: PubsubTopicMessageTransformsJavascriptUdf;
}

export function pubsubTopicMessageTransformsToTerraform(struct?: PubsubTopicMessageTransforms | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    disabled: cdktn.booleanToTerraform(struct!.disabled),
    ai_inference: pubsubTopicMessageTransformsAiInferenceToTerraform(struct!.aiInference),
    javascript_udf: pubsubTopicMessageTransformsJavascriptUdfToTerraform(struct!.javascriptUdf),
  }
}


export function pubsubTopicMessageTransformsToHclTerraform(struct?: PubsubTopicMessageTransforms | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    disabled: {
      value: cdktn.booleanToHclTerraform(struct!.disabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    ai_inference: {
      value: pubsubTopicMessageTransformsAiInferenceToHclTerraform(struct!.aiInference),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicMessageTransformsAiInferenceList",
    },
    javascript_udf: {
      value: pubsubTopicMessageTransformsJavascriptUdfToHclTerraform(struct!.javascriptUdf),
      isBlock: true,
      type: "list",
      storageClassType: "PubsubTopicMessageTransformsJavascriptUdfList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicMessageTransformsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): PubsubTopicMessageTransforms | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._disabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.disabled = this._disabled;
    }
    if (this._aiInference?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.aiInference = this._aiInference?.internalValue;
    }
    if (this._javascriptUdf?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.javascriptUdf = this._javascriptUdf?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicMessageTransforms | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._disabled = undefined;
      this._aiInference.internalValue = undefined;
      this._javascriptUdf.internalValue = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._disabled = value.disabled;
      this._aiInference.internalValue = value.aiInference;
      this._javascriptUdf.internalValue = value.javascriptUdf;
    }
  }

  // disabled - computed: false, optional: true, required: false
  private _disabled?: boolean | cdktn.IResolvable; 
  public get disabled() {
    return this.getBooleanAttribute('disabled');
  }
  public set disabled(value: boolean | cdktn.IResolvable) {
    this._disabled = value;
  }
  public resetDisabled() {
    this._disabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disabledInput() {
    return this._disabled;
  }

  // ai_inference - computed: false, optional: true, required: false
  private _aiInference = new PubsubTopicMessageTransformsAiInferenceOutputReference(this, "ai_inference");
  public get aiInference() {
    return this._aiInference;
  }
  public putAiInference(value: PubsubTopicMessageTransformsAiInference) {
    this._aiInference.internalValue = value;
  }
  public resetAiInference() {
    this._aiInference.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aiInferenceInput() {
    return this._aiInference.internalValue;
  }

  // javascript_udf - computed: false, optional: true, required: false
  private _javascriptUdf = new PubsubTopicMessageTransformsJavascriptUdfOutputReference(this, "javascript_udf");
  public get javascriptUdf() {
    return this._javascriptUdf;
  }
  public putJavascriptUdf(value: PubsubTopicMessageTransformsJavascriptUdf) {
    this._javascriptUdf.internalValue = value;
  }
  public resetJavascriptUdf() {
    this._javascriptUdf.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get javascriptUdfInput() {
    return this._javascriptUdf.internalValue;
  }
}

export class PubsubTopicMessageTransformsList extends cdktn.ComplexList {
  public internalValue? : PubsubTopicMessageTransforms[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): PubsubTopicMessageTransformsOutputReference {
    return new PubsubTopicMessageTransformsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface PubsubTopicSchemaSettings {
  /**
  * The encoding of messages validated against schema. Default value: "ENCODING_UNSPECIFIED" Possible values: ["ENCODING_UNSPECIFIED", "JSON", "BINARY"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#encoding PubsubTopic#encoding}
  */
  readonly encoding?: string;
  /**
  * The minimum (inclusive) revision allowed for validating messages. If empty or not present, allow any revision to be validated against last_revision or any revision created before.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#first_revision_id PubsubTopic#first_revision_id}
  */
  readonly firstRevisionId?: string;
  /**
  * The maximum (inclusive) revision allowed for validating messages. If empty or not present, allow any revision to be validated against first_revision or any revision created after.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#last_revision_id PubsubTopic#last_revision_id}
  */
  readonly lastRevisionId?: string;
  /**
  * The name of the schema that messages published should be
  * validated against. Format is projects/{project}/schemas/{schema}.
  * The value of this field will be _deleted-schema_
  * if the schema has been deleted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#schema PubsubTopic#schema}
  */
  readonly schema: string;
}

export function pubsubTopicSchemaSettingsToTerraform(struct?: PubsubTopicSchemaSettingsOutputReference | PubsubTopicSchemaSettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    encoding: cdktn.stringToTerraform(struct!.encoding),
    first_revision_id: cdktn.stringToTerraform(struct!.firstRevisionId),
    last_revision_id: cdktn.stringToTerraform(struct!.lastRevisionId),
    schema: cdktn.stringToTerraform(struct!.schema),
  }
}


export function pubsubTopicSchemaSettingsToHclTerraform(struct?: PubsubTopicSchemaSettingsOutputReference | PubsubTopicSchemaSettings): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    encoding: {
      value: cdktn.stringToHclTerraform(struct!.encoding),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    first_revision_id: {
      value: cdktn.stringToHclTerraform(struct!.firstRevisionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    last_revision_id: {
      value: cdktn.stringToHclTerraform(struct!.lastRevisionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    schema: {
      value: cdktn.stringToHclTerraform(struct!.schema),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicSchemaSettingsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): PubsubTopicSchemaSettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._encoding !== undefined) {
      hasAnyValues = true;
      internalValueResult.encoding = this._encoding;
    }
    if (this._firstRevisionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.firstRevisionId = this._firstRevisionId;
    }
    if (this._lastRevisionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.lastRevisionId = this._lastRevisionId;
    }
    if (this._schema !== undefined) {
      hasAnyValues = true;
      internalValueResult.schema = this._schema;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicSchemaSettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._encoding = undefined;
      this._firstRevisionId = undefined;
      this._lastRevisionId = undefined;
      this._schema = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._encoding = value.encoding;
      this._firstRevisionId = value.firstRevisionId;
      this._lastRevisionId = value.lastRevisionId;
      this._schema = value.schema;
    }
  }

  // encoding - computed: false, optional: true, required: false
  private _encoding?: string; 
  public get encoding() {
    return this.getStringAttribute('encoding');
  }
  public set encoding(value: string) {
    this._encoding = value;
  }
  public resetEncoding() {
    this._encoding = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encodingInput() {
    return this._encoding;
  }

  // first_revision_id - computed: false, optional: true, required: false
  private _firstRevisionId?: string; 
  public get firstRevisionId() {
    return this.getStringAttribute('first_revision_id');
  }
  public set firstRevisionId(value: string) {
    this._firstRevisionId = value;
  }
  public resetFirstRevisionId() {
    this._firstRevisionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firstRevisionIdInput() {
    return this._firstRevisionId;
  }

  // last_revision_id - computed: false, optional: true, required: false
  private _lastRevisionId?: string; 
  public get lastRevisionId() {
    return this.getStringAttribute('last_revision_id');
  }
  public set lastRevisionId(value: string) {
    this._lastRevisionId = value;
  }
  public resetLastRevisionId() {
    this._lastRevisionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lastRevisionIdInput() {
    return this._lastRevisionId;
  }

  // schema - computed: false, optional: false, required: true
  private _schema?: string; 
  public get schema() {
    return this.getStringAttribute('schema');
  }
  public set schema(value: string) {
    this._schema = value;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaInput() {
    return this._schema;
  }
}
export interface PubsubTopicTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#create PubsubTopic#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#delete PubsubTopic#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#update PubsubTopic#update}
  */
  readonly update?: string;
}

export function pubsubTopicTimeoutsToTerraform(struct?: PubsubTopicTimeouts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    create: cdktn.stringToTerraform(struct!.create),
    delete: cdktn.stringToTerraform(struct!.delete),
    update: cdktn.stringToTerraform(struct!.update),
  }
}


export function pubsubTopicTimeoutsToHclTerraform(struct?: PubsubTopicTimeouts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    create: {
      value: cdktn.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktn.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktn.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class PubsubTopicTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PubsubTopicTimeouts | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PubsubTopicTimeouts | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic google_pubsub_topic}
*/
export class PubsubTopic extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "google_pubsub_topic";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a PubsubTopic resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the PubsubTopic to import
  * @param importFromId The id of the existing PubsubTopic that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the PubsubTopic to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "google_pubsub_topic", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/hashicorp/google/7.45.0/docs/resources/pubsub_topic google_pubsub_topic} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options PubsubTopicConfig
  */
  public constructor(scope: Construct, id: string, config: PubsubTopicConfig) {
    super(scope, id, {
      terraformResourceType: 'google_pubsub_topic',
      terraformGeneratorMetadata: {
        providerName: 'google',
        providerVersion: '7.45.0',
        providerVersionConstraint: '7.45.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._deletionPolicy = config.deletionPolicy;
    this._id = config.id;
    this._kmsKeyName = config.kmsKeyName;
    this._labels = config.labels;
    this._messageRetentionDuration = config.messageRetentionDuration;
    this._name = config.name;
    this._project = config.project;
    this._tags = config.tags;
    this._ingestionDataSourceSettings.internalValue = config.ingestionDataSourceSettings;
    this._messageStoragePolicy.internalValue = config.messageStoragePolicy;
    this._messageTransforms.internalValue = config.messageTransforms;
    this._schemaSettings.internalValue = config.schemaSettings;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // deletion_policy - computed: true, optional: true, required: false
  private _deletionPolicy?: string; 
  public get deletionPolicy() {
    return this.getStringAttribute('deletion_policy');
  }
  public set deletionPolicy(value: string) {
    this._deletionPolicy = value;
  }
  public resetDeletionPolicy() {
    this._deletionPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deletionPolicyInput() {
    return this._deletionPolicy;
  }

  // effective_labels - computed: true, optional: false, required: false
  private _effectiveLabels = new cdktn.StringMap(this, "effective_labels");
  public get effectiveLabels() {
    return this._effectiveLabels;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // kms_key_name - computed: false, optional: true, required: false
  private _kmsKeyName?: string; 
  public get kmsKeyName() {
    return this.getStringAttribute('kms_key_name');
  }
  public set kmsKeyName(value: string) {
    this._kmsKeyName = value;
  }
  public resetKmsKeyName() {
    this._kmsKeyName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kmsKeyNameInput() {
    return this._kmsKeyName;
  }

  // labels - computed: false, optional: true, required: false
  private _labels?: { [key: string]: string }; 
  public get labels() {
    return this.getStringMapAttribute('labels');
  }
  public set labels(value: { [key: string]: string }) {
    this._labels = value;
  }
  public resetLabels() {
    this._labels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelsInput() {
    return this._labels;
  }

  // message_retention_duration - computed: false, optional: true, required: false
  private _messageRetentionDuration?: string; 
  public get messageRetentionDuration() {
    return this.getStringAttribute('message_retention_duration');
  }
  public set messageRetentionDuration(value: string) {
    this._messageRetentionDuration = value;
  }
  public resetMessageRetentionDuration() {
    this._messageRetentionDuration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get messageRetentionDurationInput() {
    return this._messageRetentionDuration;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // project - computed: true, optional: true, required: false
  private _project?: string; 
  public get project() {
    return this.getStringAttribute('project');
  }
  public set project(value: string) {
    this._project = value;
  }
  public resetProject() {
    this._project = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectInput() {
    return this._project;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: { [key: string]: string }; 
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // terraform_labels - computed: true, optional: false, required: false
  private _terraformLabels = new cdktn.StringMap(this, "terraform_labels");
  public get terraformLabels() {
    return this._terraformLabels;
  }

  // ingestion_data_source_settings - computed: false, optional: true, required: false
  private _ingestionDataSourceSettings = new PubsubTopicIngestionDataSourceSettingsOutputReference(this, "ingestion_data_source_settings");
  public get ingestionDataSourceSettings() {
    return this._ingestionDataSourceSettings;
  }
  public putIngestionDataSourceSettings(value: PubsubTopicIngestionDataSourceSettings) {
    this._ingestionDataSourceSettings.internalValue = value;
  }
  public resetIngestionDataSourceSettings() {
    this._ingestionDataSourceSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ingestionDataSourceSettingsInput() {
    return this._ingestionDataSourceSettings.internalValue;
  }

  // message_storage_policy - computed: false, optional: true, required: false
  private _messageStoragePolicy = new PubsubTopicMessageStoragePolicyOutputReference(this, "message_storage_policy");
  public get messageStoragePolicy() {
    return this._messageStoragePolicy;
  }
  public putMessageStoragePolicy(value: PubsubTopicMessageStoragePolicy) {
    this._messageStoragePolicy.internalValue = value;
  }
  public resetMessageStoragePolicy() {
    this._messageStoragePolicy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get messageStoragePolicyInput() {
    return this._messageStoragePolicy.internalValue;
  }

  // message_transforms - computed: false, optional: true, required: false
  private _messageTransforms = new PubsubTopicMessageTransformsList(this, "message_transforms", false);
  public get messageTransforms() {
    return this._messageTransforms;
  }
  public putMessageTransforms(value: PubsubTopicMessageTransforms[] | cdktn.IResolvable) {
    this._messageTransforms.internalValue = value;
  }
  public resetMessageTransforms() {
    this._messageTransforms.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get messageTransformsInput() {
    return this._messageTransforms.internalValue;
  }

  // schema_settings - computed: false, optional: true, required: false
  private _schemaSettings = new PubsubTopicSchemaSettingsOutputReference(this, "schema_settings");
  public get schemaSettings() {
    return this._schemaSettings;
  }
  public putSchemaSettings(value: PubsubTopicSchemaSettings) {
    this._schemaSettings.internalValue = value;
  }
  public resetSchemaSettings() {
    this._schemaSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaSettingsInput() {
    return this._schemaSettings.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new PubsubTopicTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: PubsubTopicTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      deletion_policy: cdktn.stringToTerraform(this._deletionPolicy),
      id: cdktn.stringToTerraform(this._id),
      kms_key_name: cdktn.stringToTerraform(this._kmsKeyName),
      labels: cdktn.hashMapper(cdktn.stringToTerraform)(this._labels),
      message_retention_duration: cdktn.stringToTerraform(this._messageRetentionDuration),
      name: cdktn.stringToTerraform(this._name),
      project: cdktn.stringToTerraform(this._project),
      tags: cdktn.hashMapper(cdktn.stringToTerraform)(this._tags),
      ingestion_data_source_settings: pubsubTopicIngestionDataSourceSettingsToTerraform(this._ingestionDataSourceSettings.internalValue),
      message_storage_policy: pubsubTopicMessageStoragePolicyToTerraform(this._messageStoragePolicy.internalValue),
      message_transforms: cdktn.listMapper(pubsubTopicMessageTransformsToTerraform, true)(this._messageTransforms.internalValue),
      schema_settings: pubsubTopicSchemaSettingsToTerraform(this._schemaSettings.internalValue),
      timeouts: pubsubTopicTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      deletion_policy: {
        value: cdktn.stringToHclTerraform(this._deletionPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktn.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kms_key_name: {
        value: cdktn.stringToHclTerraform(this._kmsKeyName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      labels: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._labels),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      message_retention_duration: {
        value: cdktn.stringToHclTerraform(this._messageRetentionDuration),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project: {
        value: cdktn.stringToHclTerraform(this._project),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      ingestion_data_source_settings: {
        value: pubsubTopicIngestionDataSourceSettingsToHclTerraform(this._ingestionDataSourceSettings.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "PubsubTopicIngestionDataSourceSettingsList",
      },
      message_storage_policy: {
        value: pubsubTopicMessageStoragePolicyToHclTerraform(this._messageStoragePolicy.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "PubsubTopicMessageStoragePolicyList",
      },
      message_transforms: {
        value: cdktn.listMapperHcl(pubsubTopicMessageTransformsToHclTerraform, true)(this._messageTransforms.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "PubsubTopicMessageTransformsList",
      },
      schema_settings: {
        value: pubsubTopicSchemaSettingsToHclTerraform(this._schemaSettings.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "PubsubTopicSchemaSettingsList",
      },
      timeouts: {
        value: pubsubTopicTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "PubsubTopicTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
